# api: torch.nn.GRUCell
import torch
import torch.nn as nn
cell = nn.GRUCell(2, 2)
nn.init.constant_(cell.weight_ih, 0.3)
nn.init.constant_(cell.weight_hh, -0.2)
nn.init.constant_(cell.bias_ih, 0.1)
nn.init.constant_(cell.bias_hh, 0.0)
h = cell(torch.tensor([1.0, -1.0]))
h2 = cell(torch.tensor([0.5, 0.5]), h)
