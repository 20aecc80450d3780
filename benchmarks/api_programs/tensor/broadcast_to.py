# api: torch.Tensor.broadcast_to
import torch
row = torch.tensor([1.0, 2.0, 3.0])
tiled = row.broadcast_to((2, 3))
col = torch.tensor([[1], [2]])
target = torch.zeros(2, 4)
grid = col.broadcast_to(target.shape)
