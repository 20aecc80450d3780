# api: torch.prod
import torch
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
p = torch.prod(x)
p0 = torch.prod(x, 0)
p1 = torch.prod(x, dim=1, keepdim=True)
pf = torch.prod(x, 1, dtype=torch.float32)
p_dtype = p.dtype
