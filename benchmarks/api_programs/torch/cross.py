# api: torch.cross
import torch
a = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
b = torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
c = torch.cross(a, b, dim=1)
c_last = torch.cross(a, b, dim=-1)
cols = torch.cross(a.T, b.T, dim=0)
