# api: torch.Tensor.resize_
import torch
x = torch.arange(6.)
x.resize_(3)
