# api: torch.Tensor.round
import torch
x = torch.tensor([0.5, 1.5, 2.5, -0.5, 1.2345])
r = x.round()
r2 = x.round(decimals=2)
