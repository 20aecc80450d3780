# api: torch.Tensor.size
import torch
x = torch.arange(6).reshape(2, 3)
a = torch.Tensor.__getitem__(x, 0)
b = torch.Tensor.size(x, 0)
c = torch.Tensor.t(x)
d = torch.Tensor.dim(x)
