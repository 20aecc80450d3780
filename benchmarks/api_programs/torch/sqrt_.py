# api: torch.sqrt_
import torch
x = torch.tensor([9.0, 16.0])
torch.sqrt_(x)
