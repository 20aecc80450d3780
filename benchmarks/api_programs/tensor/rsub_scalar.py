# api: torch.Tensor.__rsub__
import torch
x = torch.tensor([1, 2, 3])
r = 10 - x
r2 = 1.5 - x
