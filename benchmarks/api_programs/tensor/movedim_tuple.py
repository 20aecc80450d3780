# api: torch.Tensor.movedim
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.movedim(0, -1)
b = x.movedim((0, 1), (2, 0))
