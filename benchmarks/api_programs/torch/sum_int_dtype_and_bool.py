# api: torch.sum
import torch
i = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
s = torch.sum(i)
s_dtype = s.dtype
b = torch.tensor([True, True, False])
nb = torch.sum(b)
f64 = torch.sum(i, dim=0, dtype=torch.float64)
neg_dim = torch.sum(i, -1, keepdim=True)
