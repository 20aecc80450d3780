# api: torch.Tensor.logit
import torch
x = torch.tensor([0., 0.25, 1.])
l = x.logit(eps=1e-6)
