# api: torch.Tensor.mean
import torch
x = torch.tensor([1., 2., 3., 4.], dtype=torch.float16)
m = x.mean()
s = x.sum()
c = x.cumsum(0)
