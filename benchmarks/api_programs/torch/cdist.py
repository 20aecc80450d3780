# api: torch.cdist
import torch
a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[1.0, 0.0]])
d = torch.cdist(a, b)
