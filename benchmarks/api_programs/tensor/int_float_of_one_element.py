# api: torch.Tensor.__int__
import torch
t = torch.tensor([3.7])
a = int(t)
b = float(t)
c = int(torch.tensor(-2.5))
d = float(torch.tensor(5))
