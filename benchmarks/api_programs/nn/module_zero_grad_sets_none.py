# api: torch.nn.Module.zero_grad
import torch
import torch.nn as nn
m = nn.Linear(3, 2)
with torch.no_grad():
    m.weight.copy_(torch.arange(6.).reshape(2, 3) / 6)
    m.bias.fill_(0.1)
m(torch.ones(4, 3)).pow(2).sum().backward()
g = m.weight.grad.clone()
m.zero_grad()
none_after = m.weight.grad is None and m.bias.grad is None
