# api: torch.floor_
import torch
x = torch.tensor([[1.7, -1.2], [0.5, -0.5]])
torch.floor_(x)
