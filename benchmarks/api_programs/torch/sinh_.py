# api: torch.sinh_
import torch
x = torch.tensor([0.0, 1.0])
torch.sinh_(x)
