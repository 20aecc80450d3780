# api: torch.Tensor.matmul
import torch
a = torch.ones(2, 3, dtype=torch.float64)
b = torch.ones(3, 2, dtype=torch.float64)
m = a @ b
dt = m.dtype
