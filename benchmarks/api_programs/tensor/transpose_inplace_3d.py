# api: torch.Tensor.transpose_
import torch
x = torch.arange(24.).view(2, 3, 4)
x.transpose_(0, 2)
