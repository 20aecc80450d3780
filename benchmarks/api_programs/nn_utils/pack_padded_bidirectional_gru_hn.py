# api: torch.nn.utils.rnn.pack_padded_sequence
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
m = nn.GRU(2, 3, bidirectional=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.cos(torch.arange(24.)).reshape(4, 3, 2)
lengths = [4, 2, 1]
packed = pack_padded_sequence(x, lengths)
out, h = m(packed)
padded, lens = pad_packed_sequence(out, padding_value=-1.0)
