# api: torch.Tensor.clamp_
import torch
x = torch.arange(-3., 9.).view(3, 4)
x[:, 0].clamp_(0, 1)
x[1].mul_(2)
x[2, 1:3].zero_()
y = torch.arange(6.).view(2, 3)
y.view(-1)[0] = 5
z = torch.ones(2, 3)
z.t()[0].fill_(7)
w = torch.zeros(4)
w[1:].add_(1)
v = torch.arange(4.)
v.narrow(0, 0, 2).neg_()
u = torch.arange(6.).view(2, 3)
u[0].copy_(torch.tensor([9.0, 9.0, 9.0]))
