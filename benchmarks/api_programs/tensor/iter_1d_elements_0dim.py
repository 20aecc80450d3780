# api: torch.Tensor.__iter__
import torch
x = torch.tensor([1.5, 2.5])
items = [e for e in x]
shapes = [e.shape for e in x]
total = sum(x)
