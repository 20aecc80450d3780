# api: torch.Tensor.retain_grad
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.retain_grad()
z = (y ** 2).sum()
z.backward()
grad_y = y.grad
grad_x = x.grad
