# api: torch.sin
import torch
s = torch.sin(torch.tensor([0, 1, 2]))
