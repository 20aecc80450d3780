# api: torch.Tensor.squeeze_
import torch
x = torch.zeros(2, 1, 3)
x.squeeze_(1)
s = x.shape
