# api: torch.scatter_add
import torch
base = torch.zeros(5)
out = torch.scatter_add(base, 0, torch.tensor([0, 1, 1, 4]), torch.tensor([1.0, 2.0, 3.0, 4.0]))
