# api: torch.Tensor.log_normal_
import torch
x = torch.empty(10000, dtype=torch.float64).log_normal_(0.0, 0.5)
logs = x.log()
results = {"shape": x.shape, "dtype": x.dtype, "positive": bool((x > 0).all()),
           "log_mean_close": bool(abs(logs.mean()) < 0.05), "log_std_close": bool(abs(logs.std() - 0.5) < 0.05)}
