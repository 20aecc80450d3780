# api: torch.Tensor.negative
import torch
x = torch.tensor([[1, -2], [3, 0]])
y = x.negative()
