# api: torch.Tensor.resize_as_
import torch
x = torch.arange(12.0)
template = torch.zeros(3, 4)
x.resize_as_(template)
