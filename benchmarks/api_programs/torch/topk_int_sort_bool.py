# api: torch.topk
import torch
i = torch.tensor([5, 1, 9, 3, 9])
v, idx = torch.topk(i, 2)
v_dtype = v.dtype
b = torch.tensor([True, False, True, False])
sb, sbi = torch.sort(b)
sb_dtype = sb.dtype
asb = torch.argsort(b, stable=True)
