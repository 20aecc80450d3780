# api: torch.optim.Optimizer.zero_grad
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
(w * 2).sum().backward()
opt.zero_grad(set_to_none=True)
is_none = w.grad is None
(w * 3).sum().backward()
g = w.grad
opt.zero_grad(set_to_none=False)
g2 = w.grad
