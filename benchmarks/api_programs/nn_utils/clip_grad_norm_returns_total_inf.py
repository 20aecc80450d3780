# api: torch.nn.utils.clip_grad_norm_
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    lin.bias.copy_(torch.tensor([0.5, -0.5]))
(lin(torch.tensor([[1.0, -2.0]])) ** 2).sum().backward()
total = nn.utils.clip_grad_norm_(lin.parameters(), max_norm=1.0)
clipped_w = lin.weight.grad.clone()
lin.zero_grad()
(lin(torch.tensor([[1.0, -2.0]])) ** 2).sum().backward()
inf_total = nn.utils.clip_grad_norm_(lin.parameters(), max_norm=0.5, norm_type=float("inf"))
clipped_inf = lin.bias.grad.clone()
