# api: torch.Tensor.grad
import torch
w = torch.ones(3, requires_grad=True)
(w * 2).sum().backward()
w.grad.mul_(0.5)
g = w.grad.clone()
