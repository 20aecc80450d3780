# api: torch.nn.utils.rnn.pack_padded_sequence
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence
m = nn.RNN(2, 2, num_layers=2, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.sin(torch.arange(16.)).reshape(2, 4, 2)
packed = pack_padded_sequence(x, torch.tensor([4, 2]), batch_first=True)
_, h = m(packed)
_, h_short = m(x[1:, :2])
same = torch.allclose(h[:, 1], h_short[:, 0], atol=1e-6)
