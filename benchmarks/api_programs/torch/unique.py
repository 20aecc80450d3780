# api: torch.unique
import torch
x = torch.tensor([3, 1, 2, 3, 1, 1])
values = torch.unique(x)
uniq, inverse = torch.unique(x, return_inverse=True)
uniq_c, counts = torch.unique(x, return_counts=True)
uniq_all, inverse_all, counts_all = torch.unique(x, sorted=True, return_inverse=True, return_counts=True)
rows = torch.unique(torch.tensor([[1, 2], [3, 4], [1, 2]]), dim=0)
floats = torch.unique(torch.tensor([0.5, 0.5, -1.0]))
