# api: torch.nn.utils.rnn.unpad_sequence
import torch
from torch.nn.utils.rnn import pad_sequence, unpad_sequence
seqs = [torch.arange(3.), torch.arange(5.), torch.arange(1.)]
padded = pad_sequence(seqs, batch_first=True)
back = unpad_sequence(padded, torch.tensor([3, 5, 1]), batch_first=True)
