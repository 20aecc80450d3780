# api: torch.Tensor.__rsub__
import torch
x = torch.tensor([1, 2, 3])
y = 10 - x
z = 1.5 - x
