# api: torch.nn.utils.clip_grad_norm_
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.fill_(1.0)
    lin.bias.fill_(0.5)
loss = (lin(torch.tensor([[1.0, 2.0, 3.0]])) ** 2).sum()
loss.backward()
total = nn.utils.clip_grad_norm_(lin.parameters(), max_norm=1.0)
clipped_w = lin.weight.grad
clipped_b = lin.bias.grad
total2 = torch.nn.utils.clip_grad_norm_(lin.parameters(), 0.5, norm_type=1)
nn.utils.clip_grad_value_(lin.parameters(), clip_value=0.1)
valued = lin.weight.grad
vec = nn.utils.parameters_to_vector(lin.parameters())
