# api: torch.nn.functional.poisson_nll_loss
import torch
import torch.nn.functional as F
log_rate = torch.tensor([0.5, 1.0, -0.5, 2.0])
counts = torch.tensor([1.0, 3.0, 0.0, 7.0])
loss = F.poisson_nll_loss(log_rate, counts)
rate = log_rate.exp()
loss_rate = F.poisson_nll_loss(rate, counts, log_input=False, full=True, reduction='sum')
