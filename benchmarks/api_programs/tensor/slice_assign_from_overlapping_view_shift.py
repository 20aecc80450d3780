# api: torch.Tensor.__setitem__
import torch
x = torch.arange(5.)
x[1:] = x[:-1].clone()
