# api: torch.Tensor.view
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.view(x.size(0), -1)
b = x.view(-1, x.shape[-1])
c = x.view(x.shape)
d = x.view(torch.Size([4, 6]))
