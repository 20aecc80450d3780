# api: torch.Tensor.numel
import torch
x = torch.ones(2, 3, 4)
a = x.numel()
b = x.dim()
c = x.ndim
d = x.ndimension()
e = x.nelement()
f = torch.numel(x)
