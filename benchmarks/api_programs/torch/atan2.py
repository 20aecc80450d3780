# api: torch.atan2
import torch
y = torch.tensor([1.0, -1.0, 0.0, 2.0])
x = torch.tensor([1.0, 1.0, -1.0, 0.0])
angles = torch.atan2(y, x)
grid = torch.atan2(torch.tensor([[1.0], [-1.0]]), torch.tensor([1.0, -2.0, 3.0]))
