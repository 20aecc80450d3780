# api: torch.Tensor.max
import torch
x = torch.tensor([[True, False], [False, False]])
v, i = x.max(dim=1, keepdim=True)
