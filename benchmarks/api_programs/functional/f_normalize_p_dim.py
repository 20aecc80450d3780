# api: torch.nn.functional.normalize
import torch
import torch.nn.functional as F
x = torch.tensor([[3.0, 4.0, 0.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0]])
l2 = F.normalize(x)
l1 = F.normalize(x, p=1, dim=0)
linf = F.normalize(x, p=float("inf"), dim=1)
eps = F.normalize(x, dim=1, eps=10.0)
