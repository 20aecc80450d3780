# api: torch.nn.LSTMCell
import torch
import torch.nn as nn
cell = nn.LSTMCell(input_size=2, hidden_size=2)
with torch.no_grad():
    cell.weight_ih.copy_(torch.arange(16.).reshape(8, 2) / 16)
    cell.weight_hh.copy_(torch.arange(16.).reshape(8, 2) / -16)
    cell.bias_ih.zero_()
    cell.bias_hh.fill_(0.2)
x = torch.tensor([[1.0, -1.0], [0.5, 2.0]])
h, c = cell(x)
h2, c2 = cell(x, (h, c))
