# api: torch.Tensor.__getitem__
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x[..., 1]
b = x[None, :, 0]
c = x[:, None, ..., None]
d = x[1, ..., ::2]
