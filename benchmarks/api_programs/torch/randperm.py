# api: torch.randperm
import torch
p = torch.randperm(6)
results = {"sorted": torch.sort(p).values, "dtype": p.dtype}
