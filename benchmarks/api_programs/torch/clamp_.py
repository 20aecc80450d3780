# api: torch.clamp_
import torch
x = torch.tensor([-5.0, 0.0, 5.0])
torch.clamp_(x, min=-1.0, max=1.0)
