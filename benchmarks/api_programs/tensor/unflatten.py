# api: torch.Tensor.unflatten
import torch
x = torch.arange(12.).reshape(2, 6)
y = x.unflatten(1, (2, 3))
