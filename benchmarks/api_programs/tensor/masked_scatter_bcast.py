# api: torch.Tensor.masked_scatter
import torch
x = torch.zeros(2, 3)
m = torch.tensor([True, False, True])
r = x.masked_scatter(m, torch.arange(1., 7.))
