# api: torch.Tensor.floor
import torch
x = torch.tensor([1, -2, 3])
f = x.floor()
c = x.ceil()
