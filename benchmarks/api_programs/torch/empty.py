# api: torch.empty
import torch
e = torch.empty(2, 3, dtype=torch.int64)
results = {"shape": e.shape, "dtype": e.dtype}
