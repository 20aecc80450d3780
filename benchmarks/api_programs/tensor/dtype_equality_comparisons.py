# api: torch.Tensor.dtype
import torch
x = torch.ones(2)
a = x.dtype == torch.float32
b = x.dtype == torch.float
c = x.dtype is torch.float32
d = x.dtype != torch.float64
e = torch.arange(3).dtype == torch.long
f = torch.arange(3).dtype == torch.int32
g = x.dtype in (torch.float16, torch.float32)
