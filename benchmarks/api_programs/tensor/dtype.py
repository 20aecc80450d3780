# api: torch.Tensor.dtype
import torch
x = torch.tensor([1.0, 2.0])
dt = x.dtype
is_float32 = x.dtype == torch.float32
idx_dtype = torch.arange(3).dtype
flag_dtype = (x > 1).dtype
