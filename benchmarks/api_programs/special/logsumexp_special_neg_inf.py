# api: torch.special.logsumexp
import torch
x = torch.tensor([[-float('inf'), -float('inf')], [0.0, -float('inf')]])
a = torch.special.logsumexp(x, dim=1)
b = torch.logsumexp(torch.tensor([float('inf'), 1.0]), 0)
c = torch.special.logsumexp(torch.tensor([[1, 2], [3, 4]]).float(), dim=0)
