# api: torch.mean
import torch
h = torch.tensor([1.0, 2.0, 3.5], dtype=torch.float16)
m = h.mean()
m_dtype = m.dtype
m2 = torch.mean(h, dtype=torch.float32)
m2_dtype = m2.dtype
