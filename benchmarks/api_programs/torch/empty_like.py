# api: torch.empty_like
import torch
x = torch.arange(6.).reshape(2, 3)
shape = torch.empty_like(x).shape
dtype = torch.empty_like(x).dtype
int_dtype = torch.empty_like(x, dtype=torch.int64).dtype
int_shape = torch.empty_like(torch.tensor([1, 2, 3])).shape
