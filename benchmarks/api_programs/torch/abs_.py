# api: torch.abs_
import torch
x = torch.tensor([-1.0, 2.0])
torch.abs_(x)
