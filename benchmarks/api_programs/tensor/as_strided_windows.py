# api: torch.Tensor.as_strided
import torch
x = torch.arange(9.)
w = x.as_strided((3, 3), (2, 1))
d = torch.arange(16).reshape(4, 4).as_strided((4,), (5,))
