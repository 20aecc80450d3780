# api: torch.unsqueeze
import torch
u = torch.unsqueeze(torch.tensor([1, 2]), 1)
