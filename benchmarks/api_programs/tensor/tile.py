# api: torch.Tensor.tile
import torch
x = torch.tensor([1, 2])
twice = x.tile((2,))
grid = x.tile((2, 3))
rows = torch.tensor([[1, 2], [3, 4]]).tile(2, 1)
