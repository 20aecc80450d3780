# api: torch.Tensor.sub_
import torch
w = torch.ones(3, requires_grad=True)
params = [w]
(w * 2).sum().backward()
with torch.no_grad():
    for q in params:
        q.sub_(0.5 * q.grad)
r = w.detach().clone()
