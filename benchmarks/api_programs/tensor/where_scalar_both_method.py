# api: torch.Tensor.where
import torch
x = torch.tensor([1., -1., 2.])
w = (x > 0).float().where(x > 1, torch.tensor(-5.))
