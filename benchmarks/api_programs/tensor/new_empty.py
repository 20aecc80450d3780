# api: torch.Tensor.new_empty
import torch
base = torch.ones(2, dtype=torch.float64)
e = base.new_empty((3, 4))
results = {"shape": e.shape, "dtype": e.dtype}
