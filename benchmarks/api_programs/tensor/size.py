# api: torch.Tensor.size
import torch
x = torch.zeros(2, 3, 4)
full = x.size()
second = x.size(1)
last = x.size(dim=-1)
