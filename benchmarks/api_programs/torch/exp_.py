# api: torch.exp_
import torch
x = torch.tensor([0.0, 1.0])
torch.exp_(x)
