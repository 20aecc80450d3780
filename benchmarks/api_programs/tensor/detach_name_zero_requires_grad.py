# api: torch.Tensor.detach
import torch
x = torch.ones(3, requires_grad=True)
d = x.detach()
d.zero_()
r = x.detach().clone()
