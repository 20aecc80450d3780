# api: torch.special.logsumexp
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.0, 100.0]])
lse = torch.special.logsumexp(x, dim=1)
lse_keep = torch.special.logsumexp(x, 0, keepdim=True)
lse_all = torch.special.logsumexp(x, dim=(0, 1))
