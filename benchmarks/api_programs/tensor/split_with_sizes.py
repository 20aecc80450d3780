# api: torch.Tensor.split_with_sizes
import torch
x = torch.arange(12.).reshape(2, 6)
a, b, c = x.split_with_sizes([1, 2, 3], dim=1)
