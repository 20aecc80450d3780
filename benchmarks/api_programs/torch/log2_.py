# api: torch.log2_
import torch
x = torch.tensor([[2.0, 4.0], [16.0, 0.5]])
torch.log2_(x)
