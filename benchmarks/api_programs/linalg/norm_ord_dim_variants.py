# api: torch.linalg.norm
import torch
A = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
a = torch.linalg.norm(A, ord=1)
b = torch.linalg.norm(A, ord=float('inf'))
c = torch.linalg.norm(A, dim=1)
d = torch.linalg.norm(A, ord=1, dim=0)
e = torch.linalg.norm(A, ord=-float('inf'), dim=1)
f = torch.linalg.norm(A, 2)
g = torch.linalg.norm(A, 'fro', dim=(0, 1), keepdim=True)
v = torch.linalg.norm(torch.tensor([3.0, 4.0]), ord=0)
