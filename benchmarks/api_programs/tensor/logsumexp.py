# api: torch.Tensor.logsumexp
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]])
per_row = x.logsumexp(dim=1)
per_col = x.logsumexp(0, keepdim=True)
total = x.logsumexp(dim=(0, 1))
