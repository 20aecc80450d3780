# api: torch.Tensor.mul
import torch
x = torch.arange(6.).reshape(2, 3)
y = torch.tensor([1., 2.]).unsqueeze(1).expand(2, 3)
r = x.mul(y)
r2 = x.t() * y.t()
