# api: torch.Tensor.mul_
import torch
w = torch.ones(2, 3, requires_grad=True)
with torch.no_grad():
    first = w[0]
    first.mul_(2)
r = w.detach().clone()
