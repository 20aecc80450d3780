# api: torch.sum
import torch
x = torch.arange(6.0).reshape(2, 3)
a = torch.sum(input=x, dim=1)
b = torch.mean(input=x, dim=0, keepdim=True)
