# api: torch.Tensor.__lshift__
import torch
a = torch.tensor([1, 2, 8, -8])
l = a << 2
r = a >> 1
