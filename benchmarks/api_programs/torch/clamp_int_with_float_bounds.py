# api: torch.clamp
import torch
a = torch.tensor([1, 5, 9])
c1 = torch.clamp(a, 2, 6)
c2 = torch.clamp(a, min=2.5)
c2_dtype = c2.dtype
c3 = a.clamp(max=4.5)
