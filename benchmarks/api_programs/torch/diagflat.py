# api: torch.diagflat
import torch
d = torch.diagflat(torch.tensor([1, 2]))
