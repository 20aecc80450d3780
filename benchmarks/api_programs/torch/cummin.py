# api: torch.cummin
import torch
x = torch.tensor([4.0, 3.0, 5.0, 1.0, 2.0])
values, indices = torch.cummin(x, dim=0)
m = torch.tensor([[2.0, 1.0, 4.0], [0.0, 6.0, -3.0]])
col_values, col_indices = torch.cummin(m, 0)
