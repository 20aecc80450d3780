# api: torch.Tensor.expand
import torch
x = torch.arange(3.)
y = x.expand(2, 3).contiguous()
y[0, 0] = 9.
