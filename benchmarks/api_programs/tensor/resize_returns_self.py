# api: torch.Tensor.resize_
import torch
x = torch.arange(6.)
y = x.resize_(2, 3)
same = y is x
