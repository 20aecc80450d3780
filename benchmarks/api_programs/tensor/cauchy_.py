# api: torch.Tensor.cauchy_
import torch
x = torch.empty(3, 4)
x.cauchy_()
results = {"shape": x.shape, "dtype": x.dtype}
