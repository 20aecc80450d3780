# api: torch.Tensor.arccosh
import torch
x = torch.tensor([1.0, 2.5, 4.0])
y = x.arccosh()
