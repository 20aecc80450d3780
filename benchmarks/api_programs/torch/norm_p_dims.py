# api: torch.norm
import torch
x = torch.tensor([[3.0, 4.0], [6.0, 8.0]])
a = torch.norm(x)
b = torch.norm(x, dim=1)
c = torch.norm(x, p=1, dim=0)
d = torch.norm(x, p=float('inf'))
e = torch.norm(x, 'fro')
f = torch.norm(x, p=2, dim=-1, keepdim=True)
