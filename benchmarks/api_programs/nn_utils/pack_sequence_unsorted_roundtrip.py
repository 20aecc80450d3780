# api: torch.nn.utils.rnn.pack_sequence
import torch
from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence
seqs = [torch.tensor([[1.0], [2.0]]), torch.tensor([[3.0], [4.0], [5.0]]), torch.tensor([[6.0]])]
packed = pack_sequence(seqs, enforce_sorted=False)
data = packed.data
batch_sizes = packed.batch_sizes
padded, lengths = pad_packed_sequence(packed, batch_first=True)
