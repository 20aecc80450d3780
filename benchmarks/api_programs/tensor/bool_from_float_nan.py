# api: torch.Tensor.bool
import torch
x = torch.tensor([0., float('nan'), -0., 2.])
b = x.bool()
