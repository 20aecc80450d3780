# api: torch.Tensor.sum
import torch
m = torch.tensor([[True, False, True], [True, True, True]])
s = m.sum()
s_dtype = s.dtype
s1 = m.sum(dim=1)
s1_dtype = s1.dtype
c = (torch.arange(6) > 2).sum().item()
