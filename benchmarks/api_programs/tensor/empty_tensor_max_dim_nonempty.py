# api: torch.Tensor.max
import torch
x = torch.zeros(0, 3)
m = x.max(dim=0) if False else x.amax(dim=0) if False else x.sum(0)
shape = torch.zeros(3, 0).sum(dim=1)
