# api: torch.nn.Module.zero_grad
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
with torch.no_grad():
    m.weight.fill_(1.0)
    m.bias.fill_(0.5)
m(torch.tensor([[1.0, 2.0]])).sum().backward()
first = m.weight.grad.clone()
m.zero_grad(set_to_none=False)
zeroed = m.weight.grad.clone()
m(torch.tensor([[3.0, 4.0]])).sum().backward()
second = m.weight.grad.clone()
