# api: torch.special.logit
import torch
y = torch.special.logit(torch.tensor([0.25, 0.5, 0.0]), eps=1e-6)
