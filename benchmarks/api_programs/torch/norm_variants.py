# api: torch.norm
import torch
x = torch.tensor([[3.0, 4.0], [-6.0, 8.0]])
a = x.norm()
b = torch.norm(x, dim=1)
c = x.norm(p=1, dim=0)
d = torch.norm(x, p="fro")
e = x.norm(2, -1, keepdim=True)
f = torch.linalg.norm(x, dim=1)
g = torch.linalg.vector_norm(x, ord=float("inf"))
