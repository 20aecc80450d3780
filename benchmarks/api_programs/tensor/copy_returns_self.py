# api: torch.Tensor.copy_
import torch
x = torch.zeros(2)
y = x.copy_(torch.ones(2))
same = y is x
