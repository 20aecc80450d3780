# api: torch.Tensor.sort
import torch
x = torch.zeros(2, 0)
v, i = x.sort(dim=-1, descending=True)
