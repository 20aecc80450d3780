# api: torch.Tensor.exp_
import torch
x = torch.tensor([0., 1.])
x.exp_()
y = torch.tensor([1., 4.]).sqrt_()
