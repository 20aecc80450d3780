# api: torch.Tensor.__getitem__
import torch
x = torch.arange(6).reshape(2, 3)
a = x[..., None]
b = x[:, :, None]
