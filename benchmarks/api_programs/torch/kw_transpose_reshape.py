# api: torch.transpose
import torch
x = torch.arange(6).reshape(2, 3)
a = torch.transpose(input=x, dim0=0, dim1=1)
b = torch.reshape(input=x, shape=(3, 2))
c = x.reshape(shape=(-1,))
