# api: torch.Tensor.add
import torch
a = torch.tensor([1.5, 2.25, -3.0], dtype=torch.float16)
b = a + 1
c = a * a
d = a.sum()
dt = c.dtype
