# api: torch.expm1_
import torch
x = torch.tensor([1e-4, 1.0, -2.0])
torch.expm1_(x)
