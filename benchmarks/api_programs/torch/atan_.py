# api: torch.atan_
import torch
x = torch.tensor([-2.0, 0.5, 100.0])
torch.atan_(x)
