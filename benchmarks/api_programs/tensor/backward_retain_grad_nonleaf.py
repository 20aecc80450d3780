# api: torch.Tensor.retain_grad
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * x
y.retain_grad()
y.sum().backward()
gx = x.grad
gy = y.grad
