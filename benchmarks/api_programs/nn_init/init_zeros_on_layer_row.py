# api: torch.nn.init.zeros_
import torch
import torch.nn as nn
lin = nn.Linear(2, 3)
nn.init.ones_(lin.weight)
nn.init.zeros_(lin.weight[0])
w = lin.weight.detach().clone()
