# api: torch.autograd.grad
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
(g,) = torch.autograd.grad(y, x)
