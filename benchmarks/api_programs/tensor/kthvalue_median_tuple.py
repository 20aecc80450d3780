# api: torch.Tensor.median
import torch
x = torch.tensor([[3., 1., 2., 5.], [4., 6., 0., 7.]])
m = x.median()
v, i = x.median(dim=1)
k = x.kthvalue(2, dim=-1)
kv = k.values
