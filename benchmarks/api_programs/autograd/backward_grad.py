# api: torch.Tensor.backward
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
y.backward()
g = x.grad
w = torch.ones(2, 2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
out = (w @ torch.tensor([1.0, -1.0]) + b).pow(2).mean()
out.backward()
gw = w.grad
gb = b.grad
leaf = w.is_leaf
rg = out.requires_grad
z = torch.tensor([2.0], requires_grad=True)
for _ in range(2):
    (z * 3).sum().backward()
acc = z.grad
z.grad.zero_()
zeroed = z.grad
v = torch.tensor([1.0, 2.0], requires_grad=True)
(v * v).backward(torch.tensor([1.0, 0.5]))
gv = v.grad
d = v.detach().requires_grad
