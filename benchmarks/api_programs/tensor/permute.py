# api: torch.Tensor.permute
import torch
x = torch.arange(24).reshape(2, 3, 4)
p = x.permute(2, 0, 1)
q = x.permute((1, 2, 0))
reversed_dims = x.permute(-1, -2, -3)
