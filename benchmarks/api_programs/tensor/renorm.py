# api: torch.Tensor.renorm
import torch
x = torch.ones(3, 3) * torch.tensor([[1.0], [2.0], [3.0]])
y = x.renorm(1, 0, 5)
