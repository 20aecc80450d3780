# api: torch.Tensor.trace
import torch
x = torch.arange(9).reshape(3, 3)
t = x.trace()
