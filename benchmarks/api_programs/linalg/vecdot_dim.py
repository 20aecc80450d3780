# api: torch.linalg.vecdot
import torch
a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
b = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
v = torch.linalg.vecdot(a, b)
v0 = torch.linalg.vecdot(a, b, dim=0)
