# api: torch.Tensor.requires_grad_
import torch
w = torch.tensor([1.0, 2.0])
w.requires_grad_()
loss = (w ** 2).sum()
loss.backward()
grad = w.grad
flag = w.requires_grad
frozen = torch.ones(2, requires_grad=True).requires_grad_(False).requires_grad
