# api: torch.Tensor.clamp_min_
import torch
x = torch.tensor([-1., 2., -3.])
r = x.clamp_min_(0)
