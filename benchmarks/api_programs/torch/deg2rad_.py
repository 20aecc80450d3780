# api: torch.deg2rad_
import torch
x = torch.tensor([360.0, 30.0])
torch.deg2rad_(x)
