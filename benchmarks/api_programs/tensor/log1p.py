# api: torch.Tensor.log1p
import torch
x = torch.tensor([0.0, 1e-5, 1.0])
out = x.log1p()
