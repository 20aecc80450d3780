# api: torch.negative_
import torch
x = torch.tensor([[1.0, -2.0], [0.5, 0.0]])
torch.negative_(x)
