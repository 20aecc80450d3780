# api: torch.optim.SGD
import torch
a = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
b = torch.nn.Parameter(torch.tensor([3.0, 4.0]))
opt = torch.optim.SGD([a, b], lr=0.1, momentum=0.9, weight_decay=0.1)
for _ in range(3):
    opt.zero_grad()
    (a ** 2).sum().backward()
    opt.step()
a_final, b_final = a.detach().clone(), b.detach().clone()
b_grad_none = b.grad is None
n_states = len(opt.state)
