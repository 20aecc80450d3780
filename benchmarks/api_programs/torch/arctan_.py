# api: torch.arctan_
import torch
x = torch.tensor([0.5, -2.0])
torch.arctan_(x)
