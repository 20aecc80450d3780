# api: torch.clamp_
import torch
x = torch.tensor([[-1., 2.], [-3., 4.]])
torch.clamp_(x[0], 0, 1)
