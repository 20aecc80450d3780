# api: torch.Tensor.type
import torch
x = torch.ones(2)
xi = x.type(torch.int64)
xi_dtype = xi.dtype
t = x.type_as(torch.zeros(1, dtype=torch.float64))
t_dtype = t.dtype
z = x.new_zeros(3)
nt = x.new_tensor([1.0, 2.0])
nf = x.new_full((2,), 7.0)
