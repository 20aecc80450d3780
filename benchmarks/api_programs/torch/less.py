# api: torch.less
import torch
a = torch.tensor([1, 4, 3])
b = torch.tensor([2, 4, 1])
lt_tensor = torch.less(a, b)
lt_scalar = torch.less(a, 2.5)
