# api: torch.trunc_
import torch
x = torch.tensor([[1.9, -1.9], [2.5, -0.1]])
torch.trunc_(x)
