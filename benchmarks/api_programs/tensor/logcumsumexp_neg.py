# api: torch.Tensor.logcumsumexp
import torch
x = torch.tensor([0., 1., 2.])
l = x.logcumsumexp(dim=-1)
