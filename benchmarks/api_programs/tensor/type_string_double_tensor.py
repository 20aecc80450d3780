# api: torch.Tensor.type
import torch
x = torch.tensor([1, 2])
d = x.type('torch.DoubleTensor')
d_dtype = d.dtype
f = x.type('torch.FloatTensor')
l = torch.tensor([1.5]).type('torch.LongTensor')
name = d.type()
name_i = x.type()
name_b = torch.tensor([True]).type()
