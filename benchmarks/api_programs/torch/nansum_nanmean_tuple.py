# api: torch.nansum
import torch
x = torch.tensor([[1.0, float('nan')], [3.0, 4.0]])
a = torch.nansum(x, dim=(-1,))
b = x.nanmean(dim=(0, 1))
