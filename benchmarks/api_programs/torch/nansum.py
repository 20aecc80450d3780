# api: torch.nansum
import torch
x = torch.tensor([[1.0, float('nan')], [2.0, 3.0]])
s = torch.nansum(x)
s1 = torch.nansum(x, dim=0)
