# api: torch.Tensor.fill_
import torch
x = torch.ones(2, 2, dtype=torch.int32)
r = x.fill_(3.9)
z = torch.ones(3).zero_()
