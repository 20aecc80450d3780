# api: torch.Tensor.addmm
import torch
c = torch.ones(2, 2)
a = torch.eye(2)
r = c.addmm(a, a, beta=0.5, alpha=2)
