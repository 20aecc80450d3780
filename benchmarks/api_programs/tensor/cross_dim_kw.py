# api: torch.Tensor.cross
import torch
a = torch.tensor([[1., 0., 0.], [0., 1., 0.]])
b = torch.tensor([[0., 1., 0.], [0., 0., 1.]])
c = a.cross(b, dim=1)
