# api: torch.Tensor.__mul__
import torch
a = torch.tensor([100, -100, 64], dtype=torch.int8)
m = a * a
s = a + a
m_dtype = m.dtype
