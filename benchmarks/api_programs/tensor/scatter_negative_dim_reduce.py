# api: torch.Tensor.scatter_reduce
import torch
x = torch.zeros(2, 3)
i = torch.tensor([[0, 0, 2], [1, 1, 1]])
s = torch.arange(6.0).reshape(2, 3)
a = x.scatter_reduce(-1, i, s, reduce='sum')
b = x.scatter_reduce(-1, i, s, reduce='amax', include_self=False)
