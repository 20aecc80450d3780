# api: torch.Tensor.as_strided
import torch
x = torch.zeros(4)
x.as_strided((2,), (2,)).fill_(1.)
