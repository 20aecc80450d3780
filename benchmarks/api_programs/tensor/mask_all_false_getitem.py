# api: torch.Tensor.__getitem__
import torch
x = torch.arange(6.0).reshape(2, 3)
y = x[x > 100]
z = x[torch.zeros(2, dtype=torch.bool)]
