# api: torch.nn.init.ones_
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
nn.init.ones_(lin.weight)
w = lin.weight.detach()
