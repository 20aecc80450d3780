# api: torch.any
import torch
a = torch.any(torch.tensor([0, 0, 1]))
