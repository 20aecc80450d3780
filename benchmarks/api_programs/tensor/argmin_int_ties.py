# api: torch.Tensor.argmin
import torch
x = torch.tensor([3, 1, 1, 2])
a = x.argmin()
b = x.reshape(2, 2).argmin(0)
