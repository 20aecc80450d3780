# api: torch.Tensor.__truediv__
import torch
a = torch.tensor([1, 2, 3])
h = a / 2
h_dtype = h.dtype
b = torch.tensor([7, 8], dtype=torch.int32)
h2 = b / torch.tensor([2, 3], dtype=torch.int32)
h3 = 3 / b
