# api: torch.clamp_max_
import torch
x = torch.tensor([1, 3, 5, 7])
torch.clamp_max_(x, 4)
