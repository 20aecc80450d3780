# api: torch.mvlgamma
import torch
x = torch.tensor([1.5, 2.0, 3.5])
p2 = torch.mvlgamma(x, p=2)
p1 = torch.mvlgamma(x, 1)
