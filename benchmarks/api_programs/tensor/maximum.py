# api: torch.Tensor.maximum
import torch
a = torch.tensor([1, 5, 3])
b = torch.tensor([4, 2, 3])
biggest = a.maximum(b)
mixed = torch.tensor([1.5, -2.0, 0.0]).maximum(torch.tensor([1, 1, 1]))
