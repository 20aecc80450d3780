# api: torch.median
import torch
x = torch.tensor([3.0, 1.0, 4.0, 1.0, 5.0, 9.0])
overall = torch.median(x)
m = torch.tensor([[2, 7, 4], [9, 1, 5]])
values, indices = torch.median(m, dim=1)
col_median = torch.median(m, 0, keepdim=True).values
