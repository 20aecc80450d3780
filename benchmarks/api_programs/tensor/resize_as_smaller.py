# api: torch.Tensor.resize_as_
import torch
x = torch.arange(8.)
x.resize_as_(torch.zeros(2, 2))
