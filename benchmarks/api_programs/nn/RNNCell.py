# api: torch.nn.RNNCell
import torch
import torch.nn as nn
cell = nn.RNNCell(2, 3, nonlinearity='tanh')
with torch.no_grad():
    cell.weight_ih.copy_(torch.arange(6.).reshape(3, 2) / 6)
    cell.weight_hh.copy_(torch.eye(3) * 0.5)
    cell.bias_ih.zero_()
    cell.bias_hh.fill_(-0.1)
inputs = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
hx = torch.zeros(3)
outputs = []
for x_t in inputs:
    hx = cell(x_t, hx)
    outputs.append(hx)
relu_cell = nn.RNNCell(input_size=2, hidden_size=3, nonlinearity='relu')
relu_shape = relu_cell(inputs).shape
