# api: torch.mean
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 5.0]], dtype=torch.float16)
m = torch.mean(x, dtype=torch.float32)
m2 = torch.mean(x.float(), dim=1)
m_dtype = m.dtype
h = torch.mean(x, 0)
h_dtype = h.dtype
