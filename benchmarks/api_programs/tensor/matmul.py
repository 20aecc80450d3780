# api: torch.Tensor.matmul
import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(12.0).reshape(3, 4)
mat = a.matmul(b)
vec = a.matmul(torch.tensor([1.0, 0.0, -1.0]))
batched = torch.ones(2, 2, 3).matmul(b)
