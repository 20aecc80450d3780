# api: torch.count_nonzero
import torch
x = torch.tensor([[0, 1, 2], [0, 0, 3]])
a = torch.count_nonzero(x, dim=(-1, -2))
b = x.count_nonzero(dim=-1)
