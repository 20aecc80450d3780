# api: torch.Tensor.grad
import torch
x = torch.tensor([2.0, -1.0, 3.0], requires_grad=True)
before = x.grad is None
y = (x ** 3).sum()
y.backward()
dx = x.grad
