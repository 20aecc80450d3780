# api: torch.logsumexp
import torch
l = torch.logsumexp(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), dim=1)
