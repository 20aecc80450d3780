# api: torch.Tensor.positive
import torch
x = torch.tensor([-1, 2, -3])
y = x.positive()
