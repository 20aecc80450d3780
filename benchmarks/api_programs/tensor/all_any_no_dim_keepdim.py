# api: torch.Tensor.all
import torch
x = torch.tensor([[True, False], [True, True]])
a = x.all(dim=-1)
b = x.any(-2)
c = torch.all(x, 1, keepdim=True)
