# api: torch.Tensor.remainder
import torch
a = torch.tensor([5, -5, 7, -7])
r = a.remainder(-3)
r2 = a.remainder(torch.tensor([2, 3, -4, 5]))
