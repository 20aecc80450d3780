# api: torch.Tensor.view
import torch
x = torch.arange(12)
a = x.view(-1, 4)
b = x.view(2, -1, 2)
c = x.view((3, 4))
