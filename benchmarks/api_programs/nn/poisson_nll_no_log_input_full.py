# api: torch.nn.PoissonNLLLoss
import torch
import torch.nn as nn
rate = torch.tensor([0.5, 1.0, 2.0, 4.0])
counts = torch.tensor([0.0, 1.0, 3.0, 5.0])
full = nn.PoissonNLLLoss(log_input=False, full=True, reduction="none")(rate, counts)
mean = nn.PoissonNLLLoss(log_input=False, eps=1e-2)(rate, counts)
