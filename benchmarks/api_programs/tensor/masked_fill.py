# api: torch.Tensor.masked_fill
import torch
x = torch.arange(4.)
y = x.masked_fill(x > 1, float('-inf'))
