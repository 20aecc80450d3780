# api: torch.poisson
import torch
rates = torch.full((100, 100), 3.0)
counts = torch.poisson(rates)
results = {"shape": counts.shape, "dtype": counts.dtype, "non_negative": bool((counts >= 0).all()),
           "mean_close": bool(abs(counts.mean() - 3.0) < 0.1), "zero_rate": torch.poisson(torch.zeros(4))}
