# api: torch.Tensor.narrow_copy
import torch
x = torch.arange(12).reshape(3, 4)
n = x.narrow_copy(1, 1, 2)
n[0, 0] = -1
