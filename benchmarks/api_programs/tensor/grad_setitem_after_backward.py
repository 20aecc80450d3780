# api: torch.Tensor.grad
import torch
w = torch.ones(3, requires_grad=True)
(w * w).sum().backward()
w.grad[0] = 0.
g = w.grad.clone()
