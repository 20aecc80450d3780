# api: torch.nn.GRU
import torch
import torch.nn as nn
m = nn.GRU(2, 2, bias=False)
m.weight_ih_l0.data = torch.linspace(-1, 1, 12).reshape(6, 2)
m.weight_hh_l0.data.fill_(0.1)
out, h = m(torch.tensor([[[1.0, 2.0]], [[0.5, -1.0]]]))
