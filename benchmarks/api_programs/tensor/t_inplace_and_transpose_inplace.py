# api: torch.Tensor.transpose_
import torch
x = torch.arange(6).reshape(2, 3)
x.transpose_(0, 1)
s = x.shape
