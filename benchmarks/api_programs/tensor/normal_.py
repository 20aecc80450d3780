# api: torch.Tensor.normal_
import torch
x = torch.empty(2, 5)
x.normal_(mean=1.0, std=0.5)
results = {"shape": x.shape, "dtype": x.dtype}
