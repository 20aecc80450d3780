# api: torch.maximum
import torch
a = torch.tensor([1, 5], dtype=torch.int8)
b = torch.tensor([3, 2], dtype=torch.int32)
m = torch.maximum(a, b)
n = torch.minimum(a, b.float())
dtypes = (m.dtype, n.dtype)
