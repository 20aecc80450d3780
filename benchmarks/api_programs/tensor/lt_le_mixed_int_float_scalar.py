# api: torch.Tensor.lt
import torch
x = torch.tensor([1, 2, 3])
a = x < 2.5
b = x.le(2)
c = 2 > x
