# api: torch.min
import torch
x = torch.tensor([[4.0, 2.0, 8.0], [1.0, 6.0, 3.0]])
smallest = torch.min(x)
values, indices = torch.min(x, dim=1)
col_min = torch.min(x, 0, keepdim=True).values
elementwise = torch.min(x, torch.tensor([3.0, 3.0, 3.0]))
