# api: torch.squeeze
import torch
x = torch.zeros(1, 3)
s = torch.squeeze(x)
s.add_(1)
