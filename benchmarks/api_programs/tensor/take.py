# api: torch.Tensor.take
import torch
x = torch.tensor([[4, 3, 5], [6, 7, 8]])
picked = x.take(torch.tensor([0, 2, 5]))
