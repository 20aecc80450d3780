# api: torch.nn.LSTM.flatten_parameters
import torch
import torch.nn as nn
m = nn.LSTM(2, 3, num_layers=2)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
m.flatten_parameters()
shapes = [[tuple(w.shape) for w in layer] for layer in m.all_weights]
out, _ = m(torch.ones(2, 1, 2))
