# api: torch.Tensor.sub_
import torch
w = torch.tensor([1., 2.], requires_grad=True)
(w * w).sum().backward()
with torch.no_grad():
    w -= 0.1 * w.grad
    w.grad.zero_()
r = w.detach().clone()
g = w.grad.clone()
