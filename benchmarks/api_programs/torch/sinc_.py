# api: torch.sinc_
import torch
x = torch.tensor([0.0, 0.25, 2.0])
torch.sinc_(x)
