# api: torch.Tensor.size
import torch
x = torch.zeros(2, 3, 4)
n = x.numel()
d = x.dim()
s = x.size(-1)
sz = x.size()
shp = tuple(x.shape)
