# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
i = torch.tensor(2)
row = x[i]
el = x[1, torch.tensor(3)]
