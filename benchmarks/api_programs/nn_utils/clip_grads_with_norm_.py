# api: torch.nn.utils.clip_grads_with_norm_
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(torch.arange(6.).reshape(2, 3) / 10)
    lin.bias.fill_(0.5)
x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.0, 2.0]])
lin(x).pow(2).sum().backward()
grads = [p.grad for p in lin.parameters()]
total_norm = nn.utils.get_total_norm(grads)
nn.utils.clip_grads_with_norm_(lin.parameters(), max_norm=1.0, total_norm=total_norm)
weight_grad = lin.weight.grad
bias_grad = lin.bias.grad
