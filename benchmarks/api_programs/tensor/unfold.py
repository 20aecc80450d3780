# api: torch.Tensor.unfold
import torch
x = torch.arange(1.0, 8.0)
windows = x.unfold(0, 3, 1)
pairs = x.unfold(0, 2, 2)
m = torch.arange(12).reshape(3, 4)
patches = m.unfold(1, 2, 2)
