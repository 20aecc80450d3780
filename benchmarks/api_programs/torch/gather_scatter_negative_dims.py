# api: torch.gather
import torch
x = torch.arange(12.0).reshape(3, 4)
i = torch.tensor([[0, 3], [1, 1], [2, 0]])
g = x.gather(-1, i)
s = torch.zeros(3, 4).scatter(-1, i, torch.ones(3, 2))
sa = torch.zeros(3, 4).scatter_add(-2, torch.tensor([[0, 1, 2, 0]]), torch.ones(1, 4))
