# api: torch.Tensor.arctanh_
import torch
x = torch.tensor([-0.5, 0.1, 0.6])
x.arctanh_()
