# api: torch.Tensor.take_along_dim
import torch
x = torch.tensor([[3., 1., 2.], [0., 5., 4.]])
i = x.argsort(dim=1)
s = x.take_along_dim(i, dim=1)
