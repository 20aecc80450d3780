# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader
seqs = [torch.arange(1, n + 1) for n in (3, 1, 4, 2, 5)]


def pad_collate(batch):
    longest = max(len(s) for s in batch)
    out = torch.zeros(len(batch), longest, dtype=torch.long)
    for i, s in enumerate(batch):
        out[i, :len(s)] = s
    lengths = torch.tensor([len(s) for s in batch])
    return out, lengths


batches = list(DataLoader(seqs, batch_size=2, collate_fn=pad_collate))
