# api: torch.Tensor.masked_fill_
import torch
x = torch.arange(6.).view(2, 3)
m = torch.tensor([True, False, True])
x[0].masked_fill_(m, -1.)
