# api: torch.cdist
import torch
a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[1.0, 0.0], [2.0, 2.0], [0.0, 3.0]])
d = torch.cdist(a, b)
d1 = torch.cdist(a, b, p=1)
dd = torch.dist(a, b[:2])
dd3 = torch.dist(a, b[:2], p=3)
