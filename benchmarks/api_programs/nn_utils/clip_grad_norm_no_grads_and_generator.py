# api: torch.nn.utils.clip_grad_norm_
import torch
import torch.nn as nn
a = nn.Linear(2, 2)
b = nn.Linear(2, 2)
for p in list(a.parameters()) + list(b.parameters()):
    nn.init.constant_(p, 1.0)
a(torch.ones(1, 2)).sum().backward()
total = nn.utils.clip_grad_norm_((p for m in (a, b) for p in m.parameters()), max_norm=0.1)
a_grad = a.weight.grad
b_grad_none = b.weight.grad is None
