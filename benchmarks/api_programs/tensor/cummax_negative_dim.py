# api: torch.Tensor.cummax
import torch
x = torch.tensor([[1., 3., 2.], [4., 0., 5.]])
v, i = x.cummax(-1)
