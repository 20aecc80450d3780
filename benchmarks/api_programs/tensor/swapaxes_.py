# api: torch.Tensor.swapaxes_
import torch
x = torch.arange(6).reshape(2, 3)
x.swapaxes_(0, 1)
