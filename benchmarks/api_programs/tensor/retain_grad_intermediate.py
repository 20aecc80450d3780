# api: torch.Tensor.retain_grad
import torch
a = torch.tensor([2.0, 3.0], requires_grad=True)
b = a * a
b.retain_grad()
c = b.sum() * 2
c.backward()
b_grad = b.grad
a_grad = a.grad
leaf_a = a.is_leaf
leaf_b = b.is_leaf
