# api: torch.Tensor.requires_grad_
import torch
x = torch.tensor([1., 2.])
y = x.clone().detach().requires_grad_(True)
rg = y.requires_grad
z = (y * 2).sum()
z.backward()
g = y.grad
