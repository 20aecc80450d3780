# api: torch.Tensor.__float__
import torch
import math
t = torch.tensor(16.0)
a = math.sqrt(t)
b = math.floor(torch.tensor(2.7))
c = max(torch.tensor(1.0), torch.tensor(3.0))
