# api: torch.mode
import torch
x = torch.tensor([[1, 2, 2, 3], [4, 4, 1, 1]])
values, indices = torch.mode(x, dim=1)
