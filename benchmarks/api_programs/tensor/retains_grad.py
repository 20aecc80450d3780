# api: torch.Tensor.retains_grad
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
before = h.retains_grad
h.retain_grad()
after = h.retains_grad
leaf = x.retains_grad
