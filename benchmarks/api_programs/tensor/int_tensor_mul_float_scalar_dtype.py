# api: torch.Tensor.__mul__
import torch
a = torch.arange(4)
m = a * 1.5
m_dtype = m.dtype
n = 0.5 * a.to(torch.int16)
n_dtype = n.dtype
