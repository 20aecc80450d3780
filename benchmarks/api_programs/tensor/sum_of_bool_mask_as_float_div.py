# api: torch.Tensor.sum
import torch
x = torch.tensor([1., -2., 3., -4.])
frac = (x > 0).sum() / x.numel()
