# api: torch.Tensor.lerp
import torch
a = torch.tensor([0., 1., 2.])
b = torch.tensor([10., 10., 10.])
l = a.lerp(b, 0.25)
l2 = a.lerp(b, torch.tensor([0., 0.5, 1.]))
