# api: torch.matmul
import torch
a = torch.ones(0, 3)
b = torch.ones(3, 5)
c = torch.matmul(a, b)
