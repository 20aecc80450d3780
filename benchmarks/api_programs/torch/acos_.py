# api: torch.acos_
import torch
x = torch.tensor([0.2, -0.3])
torch.acos_(x)
