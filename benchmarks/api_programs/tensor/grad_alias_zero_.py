# api: torch.Tensor.grad
import torch
w = torch.ones(2, requires_grad=True)
(3 * w).sum().backward()
gr = w.grad
gr.zero_()
g = w.grad.clone()
