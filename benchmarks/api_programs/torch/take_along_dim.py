# api: torch.take_along_dim
import torch
x = torch.tensor([[10.0, 30.0, 20.0], [60.0, 40.0, 50.0]])
order = torch.tensor([[0, 2, 1], [1, 2, 0]])
sorted_rows = torch.take_along_dim(x, order, dim=1)
best = torch.take_along_dim(x, torch.tensor([[1], [0]]), 1)
flat = torch.take_along_dim(x, torch.tensor([5, 0, 3]))
