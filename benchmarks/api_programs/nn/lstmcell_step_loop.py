# api: torch.nn.LSTMCell
import torch
import torch.nn as nn
cell = nn.LSTMCell(input_size=2, hidden_size=3, bias=False)
with torch.no_grad():
    cell.weight_ih.copy_(torch.linspace(-0.5, 0.5, 24).reshape(12, 2))
    cell.weight_hh.copy_(torch.linspace(0.3, -0.3, 36).reshape(12, 3))
h = torch.zeros(1, 3)
c = torch.zeros(1, 3)
for t in range(3):
    h, c = cell(torch.tensor([[float(t), 1.0]]), (h, c))
final_h = h
final_c = c
