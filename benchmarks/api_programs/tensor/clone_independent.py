# api: torch.Tensor.clone
import torch
x = torch.tensor([1., 2.])
y = x.clone()
y[0] = 9.
