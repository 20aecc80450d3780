# api: torch.clamp
import torch
u = torch.tensor([0, 100, 250], dtype=torch.uint8)
a = u.clamp(10, 200)
a_dtype = a.dtype
b = torch.clamp(torch.tensor([-5, 5], dtype=torch.int8), min=0)
