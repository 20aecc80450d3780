# api: torch.Tensor.where
import torch
x = torch.tensor([1, -2, 3])
w = x.where(x > 0, 0)
