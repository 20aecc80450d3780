# api: torch.lgamma
import torch
x = torch.tensor([0.5, 1.0, 2.5, 10.0])
log_gamma = torch.lgamma(x)
log_factorial = torch.lgamma(torch.arange(1, 6).float())
