# api: torch.Tensor.atanh
import torch
x = torch.tensor([0.1, -0.3])
out = x.atanh()
