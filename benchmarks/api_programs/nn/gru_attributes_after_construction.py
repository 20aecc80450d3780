# api: torch.nn.GRU
import torch
import torch.nn as nn
m = nn.GRU(5, 7, 2, batch_first=True, bidirectional=True)
attrs = (m.input_size, m.hidden_size, m.num_layers, m.batch_first, m.bidirectional, m.bias, m.dropout)
