# api: torch.chunk
import torch
x = torch.arange(3)
a = x.chunk(5)
n = len(a)
b = torch.arange(5).split(10)
c = torch.arange(7).tensor_split(3)
