# api: torch.clamp_min_
import torch
x = torch.tensor([[-0.5, 0.5], [1.5, -2.0]])
torch.clamp_min_(x, 0.0)
