# api: torch.Tensor.grad
import torch
w = torch.ones(2, requires_grad=True)
w.sum().backward()
w.grad += 1
g = w.grad.clone()
