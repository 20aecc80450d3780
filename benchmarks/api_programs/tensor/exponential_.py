# api: torch.Tensor.exponential_
import torch
x = torch.empty(10000).exponential_(2.0)
results = {"shape": x.shape, "dtype": x.dtype, "positive": bool((x > 0).all()),
           "mean_close": bool(abs(x.mean() - 0.5) < 0.05)}
