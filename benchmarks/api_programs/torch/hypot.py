# api: torch.hypot
import torch
a = torch.tensor([3.0, 5.0, 0.0])
b = torch.tensor([4.0, 12.0, 2.0])
h = torch.hypot(a, b)
h_broadcast = torch.hypot(torch.tensor([[1.0], [2.0]]), torch.tensor([2.0, 3.0]))
