# api: torch.Tensor.sqrt
import torch
x = torch.tensor([-1., 0., 4., float('inf')])
s = x.sqrt()
l = x.log()
