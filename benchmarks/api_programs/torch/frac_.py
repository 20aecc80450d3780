# api: torch.frac_
import torch
x = torch.tensor([1.5, -0.25])
torch.frac_(x)
