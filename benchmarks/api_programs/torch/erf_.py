# api: torch.erf_
import torch
x = torch.tensor([0.0, 0.5, -1.0])
torch.erf_(x)
