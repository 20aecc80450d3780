# api: torch.gt
import torch
a = torch.tensor([1, 5, 3])
g = torch.gt(a, 2)
g2 = torch.gt(a, torch.tensor([0, 5, 4]))
