# api: torch.Tensor.add
import torch
x = torch.ones(3)
y = torch.arange(3.0)
a = torch.Tensor.add(x, y)
b = torch.Tensor.sum(x, dim=0)
c = torch.Tensor.view(torch.arange(6), 2, 3)
