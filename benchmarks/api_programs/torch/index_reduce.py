# api: torch.index_reduce
import torch
x = torch.full((3, 2), 2.0)
src = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
idx = torch.tensor([0, 2, 0, 1])
prod = torch.index_reduce(x, 0, idx, src, "prod")
mean = torch.index_reduce(x, 0, idx, src, "mean")
amax_only_source = torch.index_reduce(x, 0, idx, src, "amax", include_self=False)
amin = torch.index_reduce(x, 0, idx, src, "amin")
