# api: torch.Tensor.dtype
import torch
x = torch.ones(2, dtype=torch.float64)
s = str(x.dtype)
short = str(x.dtype).split(".")[-1]
r = repr(torch.int8)
