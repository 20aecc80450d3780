# api: torch.nn.utils.rnn.pad_sequence
import torch
from torch.nn.utils.rnn import pad_sequence
a = torch.ones(2, 3)
b = torch.full((4, 3), 2.0)
c = torch.zeros(1, 3)
seq_first = pad_sequence([a, b, c])
batch_first = pad_sequence([a, b, c], batch_first=True, padding_value=-1.0)
shape = seq_first.shape
