# api: torch.Tensor.tile
import torch
x = torch.tensor([[1, 2], [3, 4]])
a = x.tile((2,))
b = x.tile(2, 1, 1)
