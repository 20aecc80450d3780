# api: torch.Tensor.sum
import torch
x = torch.zeros(0, 3)
s = x.sum(0)
m = x.sum()
shape = x.reshape(-1).shape
c = x.numel()
