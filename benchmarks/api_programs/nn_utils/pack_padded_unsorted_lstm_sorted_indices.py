# api: torch.nn.utils.rnn.pack_padded_sequence
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
m = nn.LSTM(1, 2, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.arange(12.).reshape(3, 4, 1) / 10
lengths = torch.tensor([2, 4, 3])
packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
sorted_idx = packed.sorted_indices
unsorted_idx = packed.unsorted_indices
out, (h, c) = m(packed)
padded, lens = pad_packed_sequence(out, batch_first=True, total_length=5)
