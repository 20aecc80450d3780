# api: torch.digamma
import torch
x = torch.tensor([0.5, 1.0, 2.5, 10.0])
psi = torch.digamma(x)
psi_int = torch.digamma(torch.tensor([1, 2, 3]))
