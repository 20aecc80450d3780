# api: torch.cosh_
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 2.0])
torch.cosh_(x)
