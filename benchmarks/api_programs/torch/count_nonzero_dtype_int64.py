# api: torch.count_nonzero
import torch
x = torch.tensor([[0, 1, 2], [0, 0, 3]], dtype=torch.int8)
c = torch.count_nonzero(x)
d = torch.count_nonzero(x, dim=1)
dtypes = (c.dtype, d.dtype)
