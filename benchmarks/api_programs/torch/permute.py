# api: torch.permute
import torch
p = torch.permute(torch.arange(6).view(1, 2, 3), (2, 0, 1))
