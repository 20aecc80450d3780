# api: torch.nonzero
import torch
x = torch.tensor([0.0, 2.0, 0.0, 3.0])
nz = torch.nonzero(x)
nz_dtype = nz.dtype
v, i = torch.topk(x, 2)
i_dtype = i.dtype
sv, si = torch.sort(x, descending=True)
si_dtype = si.dtype
