# api: torch.Tensor.scatter_reduce
import torch
x = torch.zeros(3)
idx = torch.tensor([0, 0, 2, 2])
src = torch.tensor([1., 5., -2., -3.])
r = x.scatter_reduce(0, idx, src, reduce="amax", include_self=False)
r2 = x.scatter_reduce(0, idx, src, reduce="sum")
r3 = x.scatter_reduce(0, idx, src, reduce="mean", include_self=False)
