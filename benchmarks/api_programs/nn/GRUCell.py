# api: torch.nn.GRUCell
import torch
import torch.nn as nn
cell = nn.GRUCell(3, 2)
with torch.no_grad():
    cell.weight_ih.copy_(torch.arange(18.).reshape(6, 3) / 20)
    cell.weight_hh.copy_(torch.arange(12.).reshape(6, 2) / -20)
    cell.bias_ih.fill_(0.1)
    cell.bias_hh.zero_()
inputs = torch.tensor([[[1.0, 0.0, -1.0]], [[0.5, 0.5, 0.5]], [[0.0, 2.0, 1.0]]])
hx = torch.zeros(1, 2)
for step in inputs:
    hx = cell(step, hx)
