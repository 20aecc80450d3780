# api: torch.Tensor.float
import torch
x = torch.tensor([1, 2, 3])
f = x.float() / 2
