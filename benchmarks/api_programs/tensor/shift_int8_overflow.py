# api: torch.Tensor.__lshift__
import torch
a = torch.tensor([64, -64, 1], dtype=torch.int8)
l = a << 1
r = a >> 1
l_dtype = l.dtype
