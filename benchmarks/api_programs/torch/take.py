# api: torch.take
import torch
x = torch.tensor([[4, 3, 5], [6, 7, 8]])
picked = torch.take(x, torch.tensor([0, 2, 5]))
from_end = torch.take(x, torch.tensor([-1, -3]))
grid = torch.take(torch.arange(10.0), torch.tensor([[1, 2], [8, 9]]))
