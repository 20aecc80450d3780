# api: torch.Tensor.detach_
import torch
a = torch.ones(2, requires_grad=True)
b = a * 2
b.detach_()
rg = b.requires_grad
