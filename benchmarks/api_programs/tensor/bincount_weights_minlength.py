# api: torch.Tensor.bincount
import torch
x = torch.tensor([0, 1, 1, 3])
b = x.bincount()
bw = x.bincount(weights=torch.tensor([0.5, 1., 1., 2.]), minlength=6)
