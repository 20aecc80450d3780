# api: torch.Tensor.backward
import torch
p = torch.tensor([1.0, 2.0], requires_grad=True)
for k in range(3):
    loss = (p * (k + 1)).pow(2).sum()
    loss.backward()
accum = p.grad.clone()
p.grad = None
none_now = p.grad is None
(p.sum() * 5).backward()
fresh = p.grad
p.grad.zero_()
zeroed = p.grad
