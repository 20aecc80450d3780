# api: torch.cumprod
import torch
x = torch.tensor([1, 2, 3, 4])
p = torch.cumprod(x, dim=0)
pf = torch.cumprod(x.float(), 0)
