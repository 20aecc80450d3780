# api: torch.arcsin_
import torch
x = torch.tensor([0.0, 0.5, -0.75])
torch.arcsin_(x)
