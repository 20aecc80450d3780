# api: torch.Tensor.__mod__
import torch
a = torch.tensor([-3.5, 3.5, -1.0, 2.0])
r = a % 2
r2 = a % -1.5
