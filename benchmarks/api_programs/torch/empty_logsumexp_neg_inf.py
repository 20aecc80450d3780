# api: torch.logsumexp
import torch
x = torch.zeros(3, 0)
l = torch.logsumexp(x, dim=1)
