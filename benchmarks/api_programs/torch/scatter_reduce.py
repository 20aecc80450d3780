# api: torch.scatter_reduce
import torch
src = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
index = torch.tensor([0, 1, 0, 1, 2, 1])
base = torch.zeros(3)
summed = torch.scatter_reduce(base, 0, index, src, reduce="sum")
largest = torch.scatter_reduce(base, 0, index, src, reduce="amax", include_self=False)
averaged = torch.scatter_reduce(torch.ones(3), 0, index, src, "mean")
m = torch.tensor([[1, 5], [7, 3]])
row_min = torch.scatter_reduce(torch.full((2, 2), 100), 1, torch.tensor([[0, 0], [1, 1]]), m, reduce="amin")
