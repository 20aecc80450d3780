# api: torch.Tensor.sort
import torch
x = torch.tensor([[3., 1., 2.], [0., 5., 4.]])
x[0] = x[0].sort().values
