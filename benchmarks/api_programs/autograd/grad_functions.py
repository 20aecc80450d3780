# api: torch.autograd.grad
import torch
x = torch.tensor([0.5, 1.0], requires_grad=True)
y = torch.sin(x).sum()
(gx,) = torch.autograd.grad(y, x)
x2 = torch.tensor(3.0, requires_grad=True)
f = x2 ** 3
g1 = torch.autograd.grad(f, x2, create_graph=True)[0]
g2 = torch.autograd.grad(g1, x2)[0]
with torch.no_grad():
    nog = (x * 2).requires_grad
p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
loss = (p * torch.tensor([3.0, 4.0])).sum()
loss.backward()
gp = p.grad
