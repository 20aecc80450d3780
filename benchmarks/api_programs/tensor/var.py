# api: torch.Tensor.var
import torch
x = torch.tensor([[1.0, 2.0, 4.0], [2.0, 2.0, 8.0]])
v = x.var()
v1 = x.var(1)
v0 = x.var(dim=0, unbiased=False)
vc = x.var(1, correction=0, keepdim=True)
