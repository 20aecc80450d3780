# api: torch.nn.RNNCell
import torch
import torch.nn as nn
cell = nn.RNNCell(3, 2, nonlinearity="tanh")
with torch.no_grad():
    cell.weight_ih.copy_(torch.arange(6.).reshape(2, 3) / 10)
    cell.weight_hh.copy_(torch.eye(2))
    cell.bias_ih.fill_(0.1)
    cell.bias_hh.fill_(-0.1)
x = torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]])
h1 = cell(x)
h2 = cell(x, h1)
