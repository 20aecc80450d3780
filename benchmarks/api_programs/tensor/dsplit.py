# api: torch.Tensor.dsplit
import torch
x = torch.arange(16.0).reshape(2, 2, 4)
halves = x.dsplit(2)
pieces = x.dsplit([1, 3])
