# api: torch.arccos_
import torch
x = torch.tensor([0.1, 0.9, -0.4])
torch.arccos_(x)
