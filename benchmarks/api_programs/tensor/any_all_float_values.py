# api: torch.Tensor.any
import torch
x = torch.tensor([[0., 0.5], [0., 0.]])
a = x.any(dim=1)
b = x.all(0)
c = x.any()
