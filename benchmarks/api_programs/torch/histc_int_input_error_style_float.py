# api: torch.histc
import torch
x = torch.tensor([1, 2, 2, 3]).float()
h = torch.histc(x, bins=3, min=1, max=3)
h_dtype = h.dtype
d = torch.histc(x.double(), bins=3)
d_dtype = d.dtype
