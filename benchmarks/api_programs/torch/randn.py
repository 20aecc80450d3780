# api: torch.randn
import torch
torch.manual_seed(0)
r = torch.randn(3, 4)
results = {"shape": r.shape, "dtype": r.dtype}
