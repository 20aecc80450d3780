# api: torch.ravel
import torch
x = torch.arange(6).view(2, 3).t()
flat = torch.ravel(x)
