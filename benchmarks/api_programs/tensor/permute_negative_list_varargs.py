# api: torch.Tensor.permute
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.permute(-1, 0, 1)
b = x.permute([2, 0, 1])
dims = (1, -1, 0)
c = x.permute(*dims)
d = torch.permute(x, (-2, -1, -3))
