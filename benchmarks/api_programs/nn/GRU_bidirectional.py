# api: torch.nn.GRU
import torch
import torch.nn as nn
gru = nn.GRU(2, 3, bidirectional=True, batch_first=True)
for name, p in gru.named_parameters():
    with torch.no_grad():
        p.fill_(0.05 if "weight" in name else -0.02)
x = torch.arange(12.).reshape(2, 3, 2) / 10
y, h = gru(x)
y_shape = y.shape
