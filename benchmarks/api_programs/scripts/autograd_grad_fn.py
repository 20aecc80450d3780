# api: torch.autograd.grad
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 3).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
g2 = torch.autograd.grad(g.sum(), x)[0]
g_val = g.detach()
