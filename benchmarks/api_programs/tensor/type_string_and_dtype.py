# api: torch.Tensor.type
import torch
x = torch.tensor([1.7, -2.3])
a = x.type(torch.int32)
b = x.type('torch.LongTensor')
name = x.type()
c = x.type(torch.float64)
