# api: torch.Tensor.geometric_
import torch
x = torch.empty(10000).geometric_(0.5)
results = {"shape": x.shape, "dtype": x.dtype, "at_least_one": bool((x >= 1).all()),
           "integers": bool((x == x.round()).all()), "mean_close": bool(abs(x.mean() - 2.0) < 0.1)}
