# api: torch.prod
import torch
x = torch.zeros(0)
p = torch.prod(x)
q = torch.zeros(2, 0).prod(1)
