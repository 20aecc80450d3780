# api: torch.exp2_
import torch
x = torch.tensor([[0.0, 2.0], [-2.0, 10.0]])
torch.exp2_(x)
