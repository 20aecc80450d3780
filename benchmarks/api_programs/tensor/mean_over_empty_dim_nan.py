# api: torch.Tensor.mean
import torch
x = torch.zeros(0, 3)
m = x.mean(0)
m1 = x.mean(1)
