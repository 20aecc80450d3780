# api: torch.Tensor.chunk
import torch
x = torch.ones(4, 2)
top, bottom = x.chunk(2)
top.zero_()
