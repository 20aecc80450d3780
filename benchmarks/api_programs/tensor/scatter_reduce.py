# api: torch.Tensor.scatter_reduce
import torch
src = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
index = torch.tensor([0, 1, 0, 1, 2, 1])
inp = torch.tensor([1.0, 2.0, 3.0, 4.0])
out = inp.scatter_reduce(0, index, src, reduce="sum")
out_max = inp.scatter_reduce(0, index, src, reduce="amax", include_self=False)
