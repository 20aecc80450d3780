# api: torch.Tensor.take_along_dim
import torch
x = torch.tensor([[10, 30, 20], [60, 40, 50]])
order = x.argsort(dim=1)
sorted_rows = x.take_along_dim(order, dim=1)
row_max = x.take_along_dim(x.argmax(dim=1, keepdim=True), 1)
flat_pick = x.take_along_dim(torch.tensor([0, 5]))
