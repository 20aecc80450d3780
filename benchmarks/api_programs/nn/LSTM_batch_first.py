# api: torch.nn.LSTM
import torch
import torch.nn as nn
torch.manual_seed(0)
lstm = nn.LSTM(input_size=3, hidden_size=5, num_layers=2, batch_first=True)
output, (h_n, c_n) = lstm(torch.randn(4, 6, 3))
out_shape = output.shape
h_shape = h_n.shape
c_shape = tuple(c_n.size())
del output, h_n, c_n
