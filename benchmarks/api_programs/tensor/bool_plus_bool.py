# api: torch.Tensor.__add__
import torch
a = torch.tensor([True, False, True])
b = torch.tensor([True, True, False])
s = a + b
s_dtype = s.dtype
m = a * b
m_dtype = m.dtype
