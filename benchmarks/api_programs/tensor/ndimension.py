# api: torch.Tensor.ndimension
import torch
x = torch.arange(6).reshape(2, 3)
nd = x.ndimension()
