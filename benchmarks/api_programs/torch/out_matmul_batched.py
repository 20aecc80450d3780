# api: torch.matmul
import torch
a = torch.arange(8.).view(2, 2, 2)
b = torch.eye(2)
c = torch.empty(2, 2, 2)
torch.matmul(a, b, out=c)
