# api: torch.Tensor.round
import torch
x = torch.tensor([1.2345, -2.5, 0.5, 1.5, 2.675])
a = x.round()
b = x.round(decimals=2)
