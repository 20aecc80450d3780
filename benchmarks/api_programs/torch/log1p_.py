# api: torch.log1p_
import torch
x = torch.tensor([0.0, 1.0, 2.0, 1e-6])
torch.log1p_(x)
