# api: torch.Tensor.requires_grad
import torch
x = torch.ones(2)
x_needs_grad = x.requires_grad
w = torch.zeros(3, requires_grad=True)
w_needs_grad = w.requires_grad
derived_needs_grad = (w * 2).requires_grad
