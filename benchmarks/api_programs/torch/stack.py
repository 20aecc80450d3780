# api: torch.stack
import torch
s = torch.stack([torch.tensor([1, 2]), torch.tensor([3, 4])], dim=1)
