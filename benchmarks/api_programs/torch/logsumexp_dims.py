# api: torch.logsumexp
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1000.0, -1000.0]])
a = torch.logsumexp(x, dim=1)
b = torch.logsumexp(x, dim=(0, 1))
c = torch.logsumexp(x, -1, keepdim=True)
