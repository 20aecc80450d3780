# api: torch.reciprocal
import torch
i = torch.tensor([1, 2, 4])
r = torch.reciprocal(i)
rs = torch.rsqrt(i)
sq = torch.square(i.float())
ex = torch.exp2(i)
lg = torch.log(i)
r_dtype = r.dtype
ex_dtype = ex.dtype
