# api: torch.Tensor.xlogy
import torch
x = torch.tensor([0.0, 1.0, 2.0])
y = torch.tensor([0.0, 3.0, 4.0])
out = x.xlogy(y)
