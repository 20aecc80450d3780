# api: torch.argmin
import torch
x = torch.tensor([[3, -1], [-5, 2]], dtype=torch.int8)
a = torch.argmin(x, dim=0, keepdim=True)
b = x.argmax(-1)
dtypes = (a.dtype, b.dtype)
