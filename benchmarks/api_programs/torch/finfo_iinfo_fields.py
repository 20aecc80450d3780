# api: torch.finfo
import torch
f = torch.finfo(torch.float16)
fe, fmx, fmn, ft = f.eps, f.max, f.min, f.tiny
fb = f.bits
d = torch.finfo(torch.float64)
de = d.eps
i8 = torch.iinfo(torch.int8)
i8v = (i8.min, i8.max, i8.bits)
u8 = torch.iinfo(torch.uint8).max
i32 = torch.iinfo(torch.int32).min
dflt = torch.finfo().eps
