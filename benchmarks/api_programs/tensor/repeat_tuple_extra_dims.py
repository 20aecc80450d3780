# api: torch.Tensor.repeat
import torch
x = torch.tensor([1, 2])
r = x.repeat(2, 2)
r2 = x.repeat((3, 1, 2))
