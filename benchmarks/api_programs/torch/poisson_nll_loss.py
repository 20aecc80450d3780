# api: torch.poisson_nll_loss
import torch
rate = torch.tensor([0.5, 1.0, 2.0])
counts = torch.tensor([1.0, 0.0, 3.0])
loss = torch.poisson_nll_loss(rate.log(), counts, True, False, 1e-8, 1)
full = torch.poisson_nll_loss(rate, counts, False, True, 1e-8, 0)
