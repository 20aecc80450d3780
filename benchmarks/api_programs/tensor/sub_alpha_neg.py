# api: torch.Tensor.sub
import torch
x = torch.tensor([5., 6.])
y = x.sub(torch.tensor([1., 2.]), alpha=-2)
z = x.sub(1)
