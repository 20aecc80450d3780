# api: torch.tile
import torch
x = torch.tensor([1, 2, 3])
twice = torch.tile(x, (2,))
grid = torch.tile(x, (2, 2))
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
rows = torch.tile(m, (2, 1))
short_dims = torch.tile(m, dims=(3,))
