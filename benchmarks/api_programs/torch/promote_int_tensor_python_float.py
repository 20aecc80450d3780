# api: torch.add
import torch
i = torch.tensor([1, 2, 3])
f = i + 0.5
g = torch.add(i, 2)
h = torch.mul(i, 1.5)
k = i * True
f_dtype = f.dtype
g_dtype = g.dtype
