# api: torch.cummax
import torch
x = torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0])
values, indices = torch.cummax(x, dim=0)
m = torch.tensor([[2, 1, 4], [0, 6, 3]])
res = torch.cummax(m, 1)
row_values = res.values
row_indices = res.indices
