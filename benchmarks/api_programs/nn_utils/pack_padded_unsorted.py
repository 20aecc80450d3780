# api: torch.nn.utils.rnn.pack_padded_sequence
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
gru = nn.GRU(2, 2)
for name, p in gru.named_parameters():
    nn.init.constant_(p, 0.1 if name.startswith("weight") else 0.0)
x = torch.arange(12.).reshape(3, 2, 2) / 10
packed = pack_padded_sequence(x, [1, 3], enforce_sorted=False)
out, hn = gru(packed)
padded, lens = pad_packed_sequence(out, total_length=4)
