# api: torch.Tensor.expand
import torch
x = torch.tensor([1, 2, 3])
e = x[None, :].expand(4, -1)
s = e.sum(dim=-2)
