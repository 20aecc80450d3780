# api: torch.nn.init.zeros_
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
nn.init.zeros_(lin.weight)
nn.init.ones_(lin.bias)
out = lin(torch.arange(6.).reshape(2, 3))
still_param = isinstance(lin.weight, nn.Parameter)
rg = lin.weight.requires_grad
