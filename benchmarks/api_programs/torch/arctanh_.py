# api: torch.arctanh_
import torch
x = torch.tensor([0.25, -0.5, 0.75])
torch.arctanh_(x)
