# api: torch.mean
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
m = torch.mean(x)
m1 = torch.mean(x, dim=1)
m2 = torch.mean(x, 0, True)
