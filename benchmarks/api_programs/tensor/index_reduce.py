# api: torch.Tensor.index_reduce
import torch
x = torch.tensor([[1.0, 5.0], [2.0, 2.0]])
src = torch.tensor([[3.0, 4.0, 0.5], [6.0, 1.0, 1.0]])
idx = torch.tensor([1, 0, 1])
out = x.index_reduce(1, idx, src, "mean")
out_no_self = x.index_reduce(1, idx, src, "amax", include_self=False)
