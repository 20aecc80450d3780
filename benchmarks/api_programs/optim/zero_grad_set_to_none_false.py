# api: torch.optim.Optimizer.zero_grad
import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
(w ** 2).sum().backward()
opt.step()
opt.zero_grad(set_to_none=False)
grad_after_zero = w.grad.clone()
(w * 3).sum().backward()
grad_again = w.grad.clone()
opt.zero_grad()
grad_is_none = w.grad is None
