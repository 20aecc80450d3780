# api: torch.maximum
import torch
a = torch.tensor([1.0, 5.0, float('nan')])
b = torch.tensor([3.0, 2.0, 1.0])
m = torch.maximum(a, b)
