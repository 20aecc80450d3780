# api: torch.nn.LSTM
import torch
import torch.nn as nn
lstm = nn.LSTM(2, 2)
nn.init.constant_(lstm.weight_ih_l0, 0.1)
nn.init.constant_(lstm.weight_hh_l0, -0.1)
nn.init.zeros_(lstm.bias_ih_l0)
nn.init.constant_(lstm.bias_hh_l0, 0.2)
seq = torch.tensor([[1.0, 2.0], [0.5, -1.0], [0.0, 3.0]])
out, (h, c) = lstm(seq)
