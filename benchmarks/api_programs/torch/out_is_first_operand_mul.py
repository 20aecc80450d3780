# api: torch.mul
import torch
a = torch.tensor([1., 2., 3.])
b = torch.tensor([2., 2., 2.])
torch.mul(a, b, out=a)
