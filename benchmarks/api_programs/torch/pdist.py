# api: torch.pdist
import torch
x = torch.tensor([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]])
d = torch.pdist(x)
