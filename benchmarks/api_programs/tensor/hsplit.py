# api: torch.Tensor.hsplit
import torch
x = torch.arange(12.0).reshape(3, 4)
halves = x.hsplit(2)
by_index = x.hsplit([1, 3])
v = torch.arange(6)
v_parts = v.hsplit(3)
