# api: torch.autograd.enable_grad
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    with torch.autograd.enable_grad():
        y = x * 2
    z = x * 2
y_requires_grad = y.requires_grad
z_requires_grad = z.requires_grad
y.sum().backward()
grad = x.grad
