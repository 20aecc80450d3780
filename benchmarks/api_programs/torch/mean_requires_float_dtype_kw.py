# api: torch.mean
import torch
a = torch.tensor([1, 2, 4])
m = a.mean(dtype=torch.float64)
m2 = a.float().mean()
m_dtype = m.dtype
