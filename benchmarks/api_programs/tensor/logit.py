# api: torch.Tensor.logit
import torch
p = torch.tensor([0.1, 0.5, 0.9])
z = p.logit()
clipped = torch.tensor([0.0, 0.3, 1.0]).logit(eps=1e-6)
