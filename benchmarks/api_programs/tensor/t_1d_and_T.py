# api: torch.Tensor.t
import torch
x = torch.tensor([1, 2, 3])
a = x.t()
b = torch.arange(6).reshape(2, 3).T
