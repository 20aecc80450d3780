# api: torch.aminmax
import torch
x = torch.tensor([[4, -2, 7], [1, 9, 0]])
mn, mx = torch.aminmax(x)
r = torch.aminmax(x, dim=1)
rmin = r.min
rmax = r.max
kd = torch.aminmax(x, dim=0, keepdim=True)[1]
am = torch.amin(x, dim=-1)
