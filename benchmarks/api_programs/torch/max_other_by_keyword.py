# api: torch.max
import torch
x = torch.tensor([[1.0, 5.0], [7.0, 2.0]])
v, i = torch.max(input=x, dim=1)
m = torch.max(input=x)
w = torch.max(x, other=torch.ones(2, 2) * 3)
