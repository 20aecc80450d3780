# api: torch.Tensor.isclose
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([1.0 + 1e-9, 2.1, float('nan')])
close = a.isclose(b)
