# api: torch.Tensor.var
import torch
x = torch.tensor([[1., 2., 4., 7.], [3., 5., 9., 1.]])
v0 = x.var(dim=-1, correction=0)
v1 = x.var(1, keepdim=True)
