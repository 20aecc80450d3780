# api: torch.isnan
import torch
x = torch.tensor([1.0, float("nan"), float("inf"), -float("inf"), 0.0])
a = torch.isnan(x)
b = x.isinf()
c = torch.isfinite(x)
d = torch.nan_to_num(x)
e = torch.nan_to_num(x, nan=0.0, posinf=1e3, neginf=-1e3)
f = x[~torch.isnan(x)]
g = torch.nansum(x[:2])
h = torch.where(torch.isnan(x), torch.zeros_like(x), x)
i = x.isnan().any()
j = torch.nanmean(torch.tensor([1.0, float("nan"), 3.0]))
