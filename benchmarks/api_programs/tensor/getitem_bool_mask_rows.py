# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12.).reshape(4, 3)
keep = torch.tensor([True, False, True, False])
a = x[keep]
b = x[x > 5]
c = x[:, torch.tensor([False, True, True])]
