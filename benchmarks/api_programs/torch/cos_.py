# api: torch.cos_
import torch
x = torch.tensor([0.0, 3.14159])
torch.cos_(x)
