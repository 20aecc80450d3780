# api: torch.max
import torch
b = torch.tensor([[True, False], [False, False]])
mb = torch.max(b, dim=1)
mbv = mb.values
mbi = mb.indices
anyb = torch.max(b)
i = torch.tensor([[3, 7], [7, 3]], dtype=torch.int32)
mi_v, mi_i = torch.min(i, 0)
mi_dtype = mi_v.dtype
