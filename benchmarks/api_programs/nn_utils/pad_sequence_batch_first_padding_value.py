# api: torch.nn.utils.rnn.pad_sequence
import torch
from torch.nn.utils.rnn import pad_sequence
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]
a = pad_sequence(seqs, batch_first=True, padding_value=-7)
b = pad_sequence(seqs)
dtype = a.dtype
