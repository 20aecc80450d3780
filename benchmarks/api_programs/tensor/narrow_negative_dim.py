# api: torch.Tensor.narrow
import torch
x = torch.arange(12).reshape(3, 4)
a = x.narrow(-1, 1, 2)
b = x.narrow(0, 2, 1)
