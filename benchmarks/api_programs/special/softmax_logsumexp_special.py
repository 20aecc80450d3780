# api: torch.special.softmax
import torch
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
s = torch.special.softmax(x, dim=0)
ls = torch.special.log_softmax(x, 1, dtype=torch.float64)
lse = torch.special.logsumexp(x, dim=(0, 1))
lse_kd = torch.special.logsumexp(x, 1, keepdim=True)
ls_dtype = ls.dtype
