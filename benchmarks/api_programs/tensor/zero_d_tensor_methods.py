# api: torch.Tensor.sum
import torch
x = torch.tensor(2.5)
a = x.abs()
b = x.floor()
c = x + torch.tensor([1., 2.])
