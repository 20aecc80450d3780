# api: torch.nn.utils.clip_grad_value_
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
nn.init.constant_(lin.weight, 1.0)
nn.init.constant_(lin.bias, 0.0)
lin(torch.tensor([[10.0, -10.0], [10.0, 5.0]])).sum().backward()
nn.utils.clip_grad_value_(lin.parameters(), clip_value=2.0)
g = lin.weight.grad
