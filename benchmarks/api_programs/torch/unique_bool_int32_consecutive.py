# api: torch.unique_consecutive
import torch
x = torch.tensor([1, 1, 2, 2, 3, 1, 1])
u = torch.unique_consecutive(x)
u2, inv = torch.unique_consecutive(x, return_inverse=True)
u3, cnt = torch.unique_consecutive(x, return_counts=True)
ub = torch.unique(torch.tensor([True, False, True]))
ui = torch.unique(torch.tensor([3, 1, 3], dtype=torch.int32))
ui_dtype = ui.dtype
unsorted_len = len(torch.unique(torch.tensor([4, 2, 4, 1]), sorted=False))
