# api: torch.i0_
import torch
x = torch.tensor([0.0, 0.5, 1.0, 3.0])
torch.i0_(x)
