# api: torch.Tensor.sum
import torch
x = torch.ones(2, 3, dtype=torch.int16)
s = x.sum(1, keepdim=True)
s0 = x.sum(dim=0, dtype=torch.int32)
