# api: torch.Tensor.squeeze
import torch
x = torch.tensor([[7.0]])
a = x.squeeze()
d = a.dim()
b = x.squeeze(0).shape
