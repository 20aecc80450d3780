# api: torch.Tensor.scatter_reduce_
import torch
index = torch.tensor([0, 1, 0, 1, 2, 1])
src = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
sums = torch.ones(4)
sums.scatter_reduce_(0, index, src, reduce="sum")
maxes = torch.zeros(3)
maxes.scatter_reduce_(0, index, src, reduce="amax", include_self=False)
