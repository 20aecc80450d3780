# api: torch.Tensor.type
import torch
x = torch.tensor([1.7, -1.7])
a = x.type(torch.int16)
b = x.type(dtype=torch.float64)
c = x.type(torch.IntTensor)
d = x.type(torch.ByteTensor) if False else x.type(torch.BoolTensor)
dtypes = (a.dtype, b.dtype, c.dtype, d.dtype)
