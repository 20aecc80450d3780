# api: torch.Tensor.maximum
import torch
a = torch.tensor([1, 5, 3])
b = torch.tensor([2.5, 2.5, 2.5])
m = a.maximum(b)
n = a.minimum(b)
