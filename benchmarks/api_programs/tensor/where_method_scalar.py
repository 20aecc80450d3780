# api: torch.Tensor.where
import torch
x = torch.tensor([1., -2., 3., -4.])
w = x.where(x > 0, torch.tensor(0.))
w2 = x.where(x > 0, -x)
