# api: torch.greater
import torch
a = torch.tensor([1.0, 2.5, 3.0])
b = torch.tensor([1.0, 2.0, 4.0])
gt = torch.greater(a, b)
above = torch.greater(torch.tensor([[1, 5], [7, 2]]), 3)
