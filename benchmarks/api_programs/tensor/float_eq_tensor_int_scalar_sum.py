# api: torch.Tensor.eq
import torch
x = torch.tensor([0., 1., 1., 2.])
n = (x == 1).sum()
n_dt = n.dtype
