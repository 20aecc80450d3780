# api: torch.Tensor.diagonal_scatter
import torch
a = torch.arange(9.0).reshape(3, 3)
b = a.diagonal_scatter(torch.tensor([-1.0, -2.0]), offset=-1)
