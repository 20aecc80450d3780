# api: torch.Tensor.mean
import torch
x = torch.arange(6.).reshape(2, 3)
m = x.mean()
mk = x.mean((0, 1), keepdim=True)
