# api: torch.matmul
import torch
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(6.0).reshape(3, 2)
c = torch.matmul(input=a, other=b)
d = torch.mm(input=a, mat2=b)
