# api: torch.Tensor.matmul
import torch
a = torch.tensor([1, 2, 3])
b = torch.arange(6).reshape(3, 2)
m = a.matmul(b)
m2 = a @ a
