# api: torch.topk
import torch
x = torch.tensor([5, 1, 9, 3], dtype=torch.int32)
v, i = torch.topk(x, 2)
dtypes = (v.dtype, i.dtype)
s = torch.sort(x.to(torch.int8)).values
