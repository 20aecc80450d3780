# api: torch.nn.LSTM
import torch
import torch.nn as nn
lstm = nn.LSTM(2, 3)
for p in lstm.parameters():
    nn.init.constant_(p, 0.1)
x = torch.linspace(-1, 1, 10).view(5, 1, 2)
out, hidden = lstm(x)
last_h = hidden[0]
last_c = hidden[1]
