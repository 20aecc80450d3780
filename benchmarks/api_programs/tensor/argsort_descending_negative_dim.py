# api: torch.Tensor.argsort
import torch
x = torch.tensor([[0.5, -1., 2.], [3., 0., -2.]])
a = x.argsort(dim=-1, descending=True)
b = x.argsort(0)
