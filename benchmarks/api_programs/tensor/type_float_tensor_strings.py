# api: torch.Tensor.type
import torch
x = torch.tensor([1, 2])
a = x.type('torch.FloatTensor')
b = x.type(torch.DoubleTensor)
c = x.type(dtype=torch.int8)
