# api: torch.softmax
import torch
x = torch.tensor([1, 2, 3])
s = torch.softmax(x.float(), dim=0)
t = torch.softmax(x, dim=0, dtype=torch.float64)
dtypes = (s.dtype, t.dtype)
