# api: torch.log10_
import torch
x = torch.tensor([[1.0, 10.0], [100.0, 0.1]])
torch.log10_(x)
