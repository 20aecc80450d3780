# api: torch.Tensor.view
import torch
x = torch.arange(12)
a = x.view(3, 4)
b = x.view(-1, 6)
c = x.view((2, 2, 3))
bits = torch.ones(2).view(torch.int32)
