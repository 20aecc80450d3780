# api: torch.matmul
import torch
a = torch.ones(4, 2, 0)
b = torch.ones(4, 0, 3)
c = a @ b
