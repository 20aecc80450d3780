# api: torch.Tensor.__matmul__
import torch
a = torch.ones(2, 3)
b = torch.arange(3.)
c = a @ b
