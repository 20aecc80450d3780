# api: torch.nn.RNNBase
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.GRU(2, 3, batch_first=True))
recurrent_layers = 0
for m in model.modules():
    if isinstance(m, nn.RNNBase):
        recurrent_layers += 1
        for param in m.parameters():
            nn.init.constant_(param, 0.1)
    elif isinstance(m, nn.Linear):
        nn.init.eye_(m.weight)
        nn.init.zeros_(m.bias)
x = torch.arange(12.).reshape(2, 3, 2) / 6
out, h_n = model(x)
