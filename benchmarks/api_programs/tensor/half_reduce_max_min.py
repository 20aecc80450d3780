# api: torch.Tensor.max
import torch
x = torch.tensor([[1., 2.], [3., -4.]], dtype=torch.float16)
m = x.max()
v, i = x.min(dim=0)
