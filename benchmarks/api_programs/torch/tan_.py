# api: torch.tan_
import torch
x = torch.tensor([0.0, 0.5, -0.5, 1.0])
torch.tan_(x)
