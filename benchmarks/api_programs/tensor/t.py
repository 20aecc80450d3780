# api: torch.Tensor.t
import torch
x = torch.arange(6).reshape(2, 3)
x_t = x.t()
vec_t = torch.tensor([1, 2, 3]).t()
