# api: torch.Tensor.expand_as
import torch
x = torch.tensor([[1], [2]])
y = x.expand_as(torch.zeros(2, 3))
