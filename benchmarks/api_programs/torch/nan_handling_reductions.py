# api: torch.nansum
import torch
x = torch.tensor([[1.0, float('nan')], [3.0, 4.0]])
ns = torch.nansum(x)
nm = torch.nanmean(x, dim=0)
nn_ = torch.nan_to_num(x)
nn2 = torch.nan_to_num(torch.tensor([float('inf'), -float('inf'), float('nan')]), nan=0.0, posinf=1.0, neginf=-1.0)
isn = torch.isnan(x)
isf = torch.isfinite(torch.tensor([1.0, float('inf')]))
isinf = torch.isinf(torch.tensor([1.0, -float('inf')]))
