# api: torch.atanh_
import torch
x = torch.tensor([[0.1, -0.3], [0.7, 0.0]])
torch.atanh_(x)
