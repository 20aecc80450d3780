# api: torch.Tensor.narrow
import torch
x = torch.arange(20).view(4, 5)
part = x.narrow(1, 1, 3)
