# api: torch.mean
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 5.0]], dtype=torch.float64)
m = x.mean(dim=0, keepdim=True)
dt = m.dtype
h = x.half().mean(1)
h_dt = h.dtype
