# api: torch.softmax
import torch
x = torch.tensor([[1.0, 2.0, 3.0]], dtype=torch.float16)
s = torch.softmax(x, dim=-1, dtype=torch.float32)
ls = torch.log_softmax(x.float(), 1)
s_dtype = s.dtype
si = torch.softmax(torch.tensor([[1.0, 2.0]]), 0)
