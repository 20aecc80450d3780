# api: torch.prod
import torch
x = torch.arange(1.0, 7.0).reshape(2, 3)
a = x.prod(-1, keepdim=True)
b = torch.prod(x, dim=-2)
