# api: torch.Tensor.new_empty
import torch
x = torch.ones(3, dtype=torch.float16)
e = x.new_empty((2, 2))
shape = e.shape
dt = e.dtype
