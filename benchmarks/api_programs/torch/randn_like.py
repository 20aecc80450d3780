# api: torch.randn_like
import torch
template = torch.ones(4, 2)
noise = torch.randn_like(template)
noise64 = torch.randn_like(template, dtype=torch.float64)
results = {"shape": noise.shape, "dtype": noise.dtype, "dtype64": noise64.dtype, "finite": bool(torch.isfinite(noise).all())}
