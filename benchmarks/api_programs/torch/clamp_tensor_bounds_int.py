# api: torch.clamp
import torch
x = torch.tensor([-5, 0, 5, 10])
a = torch.clamp(x, min=0)
b = torch.clamp(x, max=3)
c = torch.clamp(x, torch.tensor([0, 1, 2, 3]), torch.tensor([1, 2, 3, 4]))
d = torch.clamp(x, -1.5, 2.5)
a_dtype = a.dtype
d_dtype = d.dtype
