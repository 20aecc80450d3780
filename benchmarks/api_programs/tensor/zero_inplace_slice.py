# api: torch.Tensor.zero_
import torch
x = torch.ones(3, 3)
x[1].zero_()
y = torch.ones(2, 2)
y.zero_()
