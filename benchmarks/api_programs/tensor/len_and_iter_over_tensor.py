# api: torch.Tensor.__len__
import torch
x = torch.arange(6).reshape(3, 2)
n = len(x)
rows = [r.sum() for r in x]
first = next(iter(x))
