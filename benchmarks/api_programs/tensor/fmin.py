# api: torch.Tensor.fmin
import torch
a = torch.tensor([1.0, float('nan'), 3.0])
b = torch.tensor([2.0, 0.5, float('nan')])
m = a.fmin(b)
