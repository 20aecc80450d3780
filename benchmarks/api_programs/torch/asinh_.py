# api: torch.asinh_
import torch
x = torch.tensor([-3.0, 0.1, 2.0])
torch.asinh_(x)
