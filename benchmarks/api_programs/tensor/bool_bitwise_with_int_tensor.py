# api: torch.Tensor.__and__
import torch
m = torch.tensor([True, False, True])
i = torch.tensor([3, 2, 1])
a = m & i
b = i | m
dtypes = (a.dtype, b.dtype)
