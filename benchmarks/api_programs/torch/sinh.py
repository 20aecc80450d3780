# api: torch.sinh
import torch
y = torch.sinh(torch.tensor([0.5, -0.5]))
