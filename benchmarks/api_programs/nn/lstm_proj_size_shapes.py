# api: torch.nn.LSTM
import torch
import torch.nn as nn
lstm = nn.LSTM(input_size=3, hidden_size=5, proj_size=2, num_layers=2, batch_first=True)
x = torch.ones(4, 6, 3)
_out, (_h, _c) = lstm(x)
shapes = (_out.shape, _h.shape, _c.shape)
param_shapes = [(n, tuple(p.shape)) for n, p in lstm.named_parameters()]
