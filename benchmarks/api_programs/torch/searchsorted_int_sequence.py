# api: torch.searchsorted
import torch
seq = torch.tensor([1, 3, 5, 7])
v = torch.tensor([0, 3, 6, 8])
i = torch.searchsorted(seq, v)
j = torch.searchsorted(seq, v, right=True)
k = torch.searchsorted(seq, 4)
dtypes = (i.dtype, k.dtype)
