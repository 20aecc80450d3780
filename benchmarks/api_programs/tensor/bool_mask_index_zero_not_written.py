# api: torch.Tensor.zero_
import torch
x = torch.arange(4.)
m = x > 1
x[m].zero_()
