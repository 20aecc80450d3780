# api: torch.stack
import torch
a = torch.zeros(2, 0, 3)
s = torch.stack([a, a], dim=-1)
sh = s.shape
