# api: torch.nn.utils.rnn.pack_padded_sequence
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
rnn = nn.RNN(1, 2, batch_first=True)
for name, p in rnn.named_parameters():
    nn.init.constant_(p, 0.3 if "weight" in name else 0.0)
x = torch.tensor([[[1.0], [0.0], [0.0]], [[1.0], [2.0], [3.0]], [[2.0], [1.0], [0.0]]])
lengths = [1, 3, 2]
packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
out, h = rnn(packed)
padded, lens = pad_packed_sequence(out, batch_first=True)
sorted_idx = packed.sorted_indices
