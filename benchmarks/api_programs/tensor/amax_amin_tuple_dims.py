# api: torch.Tensor.amax
import torch
x = torch.arange(24.).reshape(2, 3, 4)
a = x.amax(dim=(0, -1))
b = x.amin((1, 2), keepdim=True)
