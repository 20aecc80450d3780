# api: torch.cumsum
import torch
i = torch.tensor([[1, 2, 3], [4, 5, 6]])
a = torch.cumsum(i, dim=-1)
b = torch.cumsum(i, 0, dtype=torch.float64)
c = torch.cumprod(torch.tensor([1.0, 2.0, 3.0, 0.5]), dim=0)
a_dtype = a.dtype
bool_cs = torch.cumsum(torch.tensor([True, False, True]), 0)
bool_dtype = bool_cs.dtype
