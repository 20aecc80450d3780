# api: torch.sign
import torch
a = torch.tensor([-3, 0, 5], dtype=torch.int32)
s = torch.sign(a)
s_dtype = s.dtype
b = torch.tensor([True, False])
sb = torch.sign(b.int())
