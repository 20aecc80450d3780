# api: torch.Tensor.mm
import torch
a = torch.arange(6.).view(2, 3)
b = torch.arange(6.).view(3, 2)
c = a.mm(b)
