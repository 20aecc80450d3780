# api: torch.Tensor.requires_grad_
import torch
t = torch.arange(4.0)
before = t.requires_grad
t.requires_grad_()
after = t.requires_grad
u = (t * t).sum()
u.backward()
g = t.grad
d = t.detach()
d_req = d.requires_grad
t2 = torch.zeros(3).requires_grad_(True)
t2_req = t2.requires_grad
off = torch.ones(2, requires_grad=True).requires_grad_(False).requires_grad
