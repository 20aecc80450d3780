# api: torch.sum
import torch
a = torch.tensor([1, 2, 3], dtype=torch.int32)
s = torch.sum(a)
s_dtype = s.dtype
s2 = a.sum(0)
s2_dtype = s2.dtype
s3 = torch.sum(a, dtype=torch.int32)
s3_dtype = s3.dtype
