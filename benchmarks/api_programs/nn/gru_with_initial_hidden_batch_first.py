# api: torch.nn.GRU
import torch
import torch.nn as nn
gru = nn.GRU(3, 2, batch_first=True)
for name, p in gru.named_parameters():
    nn.init.constant_(p, 0.1 if "weight" in name else -0.05)
x = torch.arange(18.).reshape(2, 3, 3) / 18
h0 = torch.tensor([[[0.5, -0.5], [1.0, 0.0]]])
out, hn = gru(x, h0)
last_equal = torch.allclose(out[:, -1], hn[0])
