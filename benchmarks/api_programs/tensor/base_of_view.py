# api: torch.Tensor._base
import torch
x = torch.zeros(4)
v = x.view(2, 2)
same = v._base is x
