# api: torch.nn.functional.normalize
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, -2.0, 0.0], [3.0, 0.0, 0.0]])
a = F.normalize(x, p=1, dim=0)
b = F.normalize(x, p=float("inf"), dim=1)
c = F.normalize(torch.zeros(2, 3), eps=0.5)
d = F.normalize(x, dim=-1, eps=10.0)
