# api: torch.nn.GRU
import torch
import torch.nn as nn
gru = nn.GRU(3, 4, num_layers=3)
with torch.no_grad():
    for i, p in enumerate(gru.parameters()):
        p.copy_((torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.3 + i) * 0.3).reshape(p.shape))
x = torch.cos(torch.arange(15.)).reshape(5, 1, 3)
out, h = gru(x)
last_layer_matches = torch.allclose(out[-1], h[-1])
h_shape = h.shape
