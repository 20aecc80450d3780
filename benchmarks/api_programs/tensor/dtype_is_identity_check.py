# api: torch.Tensor.dtype
import torch
x = torch.zeros(2, dtype=torch.float64)
a = x.dtype is torch.float64
b = x.dtype is not torch.float32
c = torch.arange(2).dtype is torch.long
y = x.float() if x.dtype is torch.float64 else x
