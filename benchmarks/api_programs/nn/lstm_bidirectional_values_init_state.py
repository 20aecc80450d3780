# api: torch.nn.LSTM
import torch
import torch.nn as nn
lstm = nn.LSTM(input_size=2, hidden_size=2, bidirectional=True)
with torch.no_grad():
    for i, (name, p) in enumerate(lstm.named_parameters()):
        p.copy_(torch.cos(torch.arange(p.numel(), dtype=torch.float32) * 0.5 + i).reshape(p.shape) * 0.5)
x = torch.sin(torch.arange(12.)).reshape(3, 2, 2)
h0 = torch.full((2, 2, 2), 0.1)
c0 = torch.full((2, 2, 2), -0.2)
out, (h, c) = lstm(x, (h0, c0))
forward_last = torch.allclose(out[-1, :, :2], h[0])
backward_first = torch.allclose(out[0, :, 2:], h[1])
reverse_shape = lstm.weight_ih_l0_reverse.shape
