# api: torch.nanmedian
import torch
x = torch.tensor([2.0, float("nan"), 5.0, 1.0])
overall = torch.nanmedian(x)
m = torch.tensor([[1.0, float("nan"), 3.0], [float("nan"), 4.0, 0.0]])
values, indices = torch.nanmedian(m, dim=1)
col = torch.nanmedian(m, 0, keepdim=True).values
