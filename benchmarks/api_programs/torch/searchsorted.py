# api: torch.searchsorted
import torch
seq = torch.tensor([1, 3, 5, 7])
pos = torch.searchsorted(seq, torch.tensor([3, 6, 9]))
right = torch.searchsorted(seq, torch.tensor([3]), right=True)
