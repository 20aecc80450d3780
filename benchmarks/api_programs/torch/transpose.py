# api: torch.transpose
import torch
t = torch.transpose(torch.arange(6).view(2, 3), 0, 1)
