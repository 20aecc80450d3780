# api: torch.nn.RNN
import torch
import torch.nn as nn
m = nn.RNN(input_size=2, hidden_size=3, num_layers=2, nonlinearity="relu", bidirectional=True, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(12.)).reshape(2, 3, 2)
out, h = m(x)
n_params = sum(p.numel() for p in m.parameters())
