# api: torch.Tensor.masked_fill
import torch
x = torch.arange(6).reshape(2, 3)
m = x % 2 == 0
a = x.masked_fill(m, -1)
b = x.float().masked_fill(mask=m, value=float('-inf'))
c = x.masked_fill(torch.tensor([True, False, True]), 0)
