# api: torch.empty_permuted
import torch
e = torch.empty_permuted((2, 3, 4), (0, 2, 1), dtype=torch.float64)
results = {"shape": e.shape, "dtype": e.dtype}
