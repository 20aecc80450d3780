# api: torch.Tensor.__getitem__
import torch
x = torch.arange(5) * 10
a = x[torch.tensor([-1, -2])]
b = x[[-1, 0]]
