# api: torch.Tensor.clone
import torch
x = torch.tensor([[1., 2.], [3., 4.]])
tmp = x[0].clone()
x[0] = x[1]
x[1] = tmp
