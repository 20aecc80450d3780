# api: torch.Tensor.sum
import torch
h = torch.full((1000,), 0.1, dtype=torch.float16)
s = h.sum()
s_dtype = s.dtype
s32 = h.sum(dtype=torch.float32)
