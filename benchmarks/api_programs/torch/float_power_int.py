# api: torch.float_power
import torch
a = torch.float_power(torch.tensor([2, 3]), 2)
b = torch.float_power(torch.tensor([4.0]), 0.5)
a_dtype = a.dtype
sq = torch.square(torch.tensor([3, -2]))
sq_dtype = sq.dtype
