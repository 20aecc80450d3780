# api: torch.linalg.cross
import torch
a = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
b = torch.tensor([[0.0, 0.0, 1.0]])
c = torch.linalg.cross(a, b)
d = torch.linalg.cross(a.t(), a.t().flip(1), dim=0)
