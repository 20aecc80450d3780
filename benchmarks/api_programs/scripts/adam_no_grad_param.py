# api: torch.optim.Adam
import torch
a = torch.nn.Parameter(torch.tensor([1.0]))
b = torch.nn.Parameter(torch.tensor([2.0]))
opt = torch.optim.Adam([a, b], lr=0.1)
opt.zero_grad()
(a * 3).sum().backward()
opt.step()
a_v = a.detach()
b_v = b.detach()
b_grad_none = b.grad is None
