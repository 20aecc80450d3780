# api: torch.Tensor.dtype
import torch
x = torch.zeros(2, dtype=torch.float64)
fp = x.dtype.is_floating_point
isf = x.is_floating_point()
i = torch.zeros(2, dtype=torch.int32)
sgn = i.dtype.is_signed
