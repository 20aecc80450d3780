# api: torch.nn.PoissonNLLLoss
import torch
import torch.nn as nn
rate = torch.tensor([0.5, 1.0, 2.0])
counts = torch.tensor([0.0, 2.0, 5.0])
log_in = nn.PoissonNLLLoss()(rate, counts)
raw_full = nn.PoissonNLLLoss(log_input=False, full=True, reduction="none")(rate, counts)
g = nn.GaussianNLLLoss(full=True, eps=1e-3)(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 1.0]), torch.tensor([0.5, 2.0]))
