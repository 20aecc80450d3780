# api: torch.Tensor.is_same_size
import torch
a = torch.zeros(2, 3)
b = torch.ones(2, 3)
c = torch.ones(3, 2)
same = a.is_same_size(b)
different = a.is_same_size(c)
