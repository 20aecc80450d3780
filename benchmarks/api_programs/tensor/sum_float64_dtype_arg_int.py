# api: torch.Tensor.sum
import torch
x = torch.tensor([[1.5, 2.5], [3.5, 4.5]])
s = x.sum(dtype=torch.int64) if False else x.sum(dtype=torch.float64)
