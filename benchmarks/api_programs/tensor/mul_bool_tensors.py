# api: torch.Tensor.mul
import torch
a = torch.tensor([True, False, True])
b = torch.tensor([True, True, False])
m = a.mul(b)
n = a * 3
