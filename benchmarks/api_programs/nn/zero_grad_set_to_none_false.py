# api: torch.nn.Module.zero_grad
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
nn.init.constant_(lin.weight, 1.0)
nn.init.constant_(lin.bias, 0.0)
lin(torch.tensor([[1.0, 2.0]])).sum().backward()
first = lin.weight.grad.clone()
lin(torch.tensor([[1.0, 2.0]])).sum().backward()
accumulated = lin.weight.grad.clone()
lin.zero_grad(set_to_none=False)
zeroed = lin.weight.grad
is_none_after = lin.weight.grad is None
lin.zero_grad()
none_now = lin.weight.grad is None
