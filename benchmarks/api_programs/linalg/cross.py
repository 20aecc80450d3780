# api: torch.linalg.cross
import torch
a = torch.tensor([[1.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
b = torch.tensor([[0.0, 1.0, 0.0], [4.0, 5.0, 6.0]])
c = torch.linalg.cross(a, b)
u = torch.tensor([[1, 2], [0, 1], [3, 0]])
v = torch.tensor([[2, 0], [1, 1], [0, 4]])
c_int = torch.linalg.cross(u, v, dim=0)
