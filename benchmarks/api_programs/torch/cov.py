# api: torch.cov
import torch
x = torch.tensor([[0.0, 1.0, 2.0], [2.0, 1.0, 0.0]])
c = torch.cov(x)
c0 = torch.cov(x, correction=0)
