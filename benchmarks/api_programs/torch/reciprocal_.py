# api: torch.reciprocal_
import torch
x = torch.tensor([[2.0, 4.0], [0.25, -1.0]])
torch.reciprocal_(x)
