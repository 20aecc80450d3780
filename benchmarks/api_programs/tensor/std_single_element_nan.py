# api: torch.Tensor.std
import torch
x = torch.tensor([[1.], [2.]])
s = x.std(dim=1)
v = x.var(1, unbiased=False)
