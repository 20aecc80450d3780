# api: torch.Tensor.add_
import torch
x = torch.ones(2, 3)
x.add_(1)
x.mul_(torch.tensor([1.0, 2.0, 3.0]))
x.sub_(0.5)
x.div_(2)
x += 1
x *= 2
x -= torch.ones(3)
x /= 4
y = torch.arange(6)
y += 2
y *= 3
z = torch.ones(3)
z.add_(torch.tensor([1.0, 2.0, 3.0]), alpha=2)
w = torch.zeros(2, 2)
w.fill_(3).sqrt_()
v = torch.tensor([-1.0, 2.0]).abs_().neg_()
r = torch.tensor([0.5, -0.5])
r.exp_().log_()
