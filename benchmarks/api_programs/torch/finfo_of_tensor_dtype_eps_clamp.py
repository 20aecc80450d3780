# api: torch.finfo
import torch
x = torch.tensor([0.0, 0.5, 1.0])
eps = torch.finfo(x.dtype).eps
y = x.clamp(min=eps, max=1 - eps)
lo = torch.finfo(x.dtype).min
z = torch.full((2,), torch.finfo(torch.float16).min, dtype=torch.float16)
