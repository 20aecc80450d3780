# api: torch.searchsorted
import torch
seq = torch.tensor([1, 3, 5, 7, 9])
vals = torch.tensor([3, 6, 9, 0, 10])
left = torch.searchsorted(seq, vals)
right = torch.searchsorted(seq, vals, right=True)
side = torch.searchsorted(seq, vals, side='right')
i32 = torch.searchsorted(seq, vals, out_int32=True)
batched = torch.searchsorted(torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]]), torch.tensor([[2.5], [2.5]]))
