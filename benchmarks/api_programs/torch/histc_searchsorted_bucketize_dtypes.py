# api: torch.searchsorted
import torch
edges = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([0.5, 2.0, 3.5])
ss = torch.searchsorted(edges, v)
ss_dtype = ss.dtype
ss32 = torch.searchsorted(edges, v, out_int32=True)
ss32_dtype = ss32.dtype
bk = torch.bucketize(v, edges)
bk_dtype = bk.dtype
bk32 = torch.bucketize(v, edges, out_int32=True)
bk32_dtype = bk32.dtype
h = torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4, min=0, max=3)
h_dtype = h.dtype
