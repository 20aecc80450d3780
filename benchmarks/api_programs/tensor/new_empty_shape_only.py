# api: torch.Tensor.new_empty
import torch
x = torch.ones(3, dtype=torch.float16)
_e = x.new_empty((2, 2))
shape = _e.shape
dt = _e.dtype
