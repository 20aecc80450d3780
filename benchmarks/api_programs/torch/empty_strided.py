# api: torch.empty_strided
import torch
e = torch.empty_strided((2, 3), (1, 2))
results = {"shape": e.shape, "dtype": e.dtype}
