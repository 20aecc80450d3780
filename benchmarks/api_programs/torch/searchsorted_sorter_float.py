# api: torch.searchsorted
import torch
seq = torch.tensor([0.0, 0.5, 1.0])
a = torch.searchsorted(seq, 0.5)
b = torch.searchsorted(seq, torch.tensor([[0.2, 0.7], [1.5, -1.0]]))
c = torch.searchsorted(seq, torch.tensor([0.5]), right=True)
d = torch.bucketize(0.7, seq)
b_dtype = b.dtype
