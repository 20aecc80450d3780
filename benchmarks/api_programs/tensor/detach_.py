# api: torch.Tensor.detach_
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.detach_()
y_requires_grad = y.requires_grad
y_is_leaf = y.is_leaf
