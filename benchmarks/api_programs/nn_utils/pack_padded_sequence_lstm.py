# api: torch.nn.utils.rnn.pack_padded_sequence
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
lstm = nn.LSTM(1, 2, batch_first=True)
for p in lstm.parameters():
    nn.init.constant_(p, 0.2)
x = torch.tensor([[[1.0], [2.0], [3.0]], [[4.0], [5.0], [0.0]]])
lengths = torch.tensor([3, 2])
packed = pack_padded_sequence(x, lengths, batch_first=True)
out_packed, (h, c) = lstm(packed)
out, out_lengths = pad_packed_sequence(out_packed, batch_first=True)
batch_sizes = packed.batch_sizes
