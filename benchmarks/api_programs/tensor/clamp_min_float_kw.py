# api: torch.Tensor.clamp_min
import torch
x = torch.tensor([-1., 0.5, 2.])
a = x.clamp_min(0.)
b = x.clamp_max(min=None, max=1.) if False else x.clamp_max(1.)
