# api: torch.tanh_
import torch
x = torch.tensor([0.0, 1.0])
torch.tanh_(x)
