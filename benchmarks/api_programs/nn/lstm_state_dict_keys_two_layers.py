# api: torch.nn.LSTM
import torch
import torch.nn as nn
m = nn.LSTM(4, 3, num_layers=2, bidirectional=True, bias=False)
keys = list(m.state_dict().keys())
shapes = [tuple(v.shape) for v in m.state_dict().values()]
