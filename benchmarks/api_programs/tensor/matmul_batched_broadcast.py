# api: torch.Tensor.matmul
import torch
a = torch.arange(24.).reshape(2, 3, 4)
b = torch.arange(8.).reshape(4, 2)
m = a.matmul(b)
v = a @ torch.ones(4)
