# api: torch.nn.utils.rnn.pad_sequence
import torch
from torch.nn.utils.rnn import pad_sequence
seqs = [torch.tensor([5, 6]), torch.tensor([1, 2, 3, 4]), torch.tensor([7])]
lengths = torch.tensor([len(s) for s in seqs])
padded = pad_sequence(seqs, batch_first=True, padding_value=0)
order = torch.argsort(lengths, descending=True)
sorted_padded = padded[order]
dtype = padded.dtype
mask = padded != 0
