# api: torch.Tensor.to
import torch
x = torch.tensor([-1.7, -0.5, 2.9, 100.4])
a = x.to(torch.int8)
b = x.to(torch.int32)
c = x.to(torch.int16)
d = x.int()
