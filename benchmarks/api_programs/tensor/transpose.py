# api: torch.Tensor.transpose
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.transpose(0, 1)
b = x.transpose(-1, -2)
c = x.transpose(dim0=0, dim1=2)
