# api: torch.Tensor.unbind
import torch
x = torch.zeros(2, 3)
a, b = x.unbind(0)
a.add_(1)
