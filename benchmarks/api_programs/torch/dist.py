# api: torch.dist
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([1.0, 0.0, 0.0])
d = torch.dist(a, b)
d1 = torch.dist(a, b, p=1)
