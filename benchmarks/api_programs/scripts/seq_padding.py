# api: torch.nn.utils.rnn.pad_sequence
import torch
from torch.nn.utils.rnn import pad_sequence
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]
padded = pad_sequence(seqs, batch_first=True, padding_value=0)
lengths = torch.tensor([len(s) for s in seqs])
order = lengths.argsort(descending=True)
sorted_padded = padded[order]
