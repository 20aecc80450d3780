# api: torch.prod
import torch
x = torch.tensor([[1, 2], [3, 4]])
p = torch.prod(x)
p1 = torch.prod(x, 1)
