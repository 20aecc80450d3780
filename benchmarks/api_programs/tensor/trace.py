# api: torch.Tensor.trace
import torch
x = torch.arange(9.).view(3, 3)
tr = x.trace()
