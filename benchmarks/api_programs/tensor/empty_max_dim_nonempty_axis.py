# api: torch.Tensor.max
import torch
x = torch.zeros(0, 3)
v, i = x.max(1)
vs = v.shape
