# api: torch.linalg.matmul
import torch
a = torch.arange(12).reshape(2, 2, 3)
b = torch.arange(6).reshape(3, 2)
m = torch.linalg.matmul(a, b)
m_dtype = m.dtype
mf = torch.linalg.matmul(a.float(), b.float())
