# api: torch.Tensor.quantile
import torch
x = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0])
median = x.quantile(0.5)
tails = x.quantile(torch.tensor([0.1, 0.9]))
lower = x.quantile(0.3, interpolation='lower')
per_row = torch.arange(6.0).reshape(2, 3).quantile(0.5, dim=1)
