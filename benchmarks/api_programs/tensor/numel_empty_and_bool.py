# api: torch.Tensor.numel
import torch
x = torch.zeros(2, 0, 3)
n = x.numel()
s = x.shape
d = x.dim()
