# api: torch.Tensor.__lt__
import torch
i = torch.tensor([1, 2, 3])
f = torch.tensor([1.5, 2.0, 2.5])
lt = i < f
eq = i == f
ge = i >= 2.5
u = torch.tensor([255], dtype=torch.uint8) > -1
