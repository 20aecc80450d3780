# api: torch.Tensor.hypot
import torch
a = torch.tensor([3.0, 5.0, 1.0])
b = torch.tensor([4.0, 12.0, 1.0])
h = a.hypot(b)
