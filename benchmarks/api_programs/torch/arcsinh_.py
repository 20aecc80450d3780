# api: torch.arcsinh_
import torch
x = torch.tensor([0.0, 1.0, -1.0])
torch.arcsinh_(x)
