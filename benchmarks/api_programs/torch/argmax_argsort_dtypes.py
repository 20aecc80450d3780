# api: torch.argmax
import torch
x = torch.tensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])
am = x.argmax()
am_dtype = am.dtype
am1 = torch.argmax(x, dim=1)
am1_dtype = am1.dtype
s = torch.argsort(x, dim=1)
s_dtype = s.dtype
