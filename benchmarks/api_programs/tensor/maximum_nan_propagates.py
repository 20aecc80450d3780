# api: torch.Tensor.maximum
import torch
a = torch.tensor([1., float('nan'), 3.])
b = torch.tensor([2., 2., float('nan')])
m = a.maximum(b)
f = a.fmax(b)
