# api: torch.Tensor.argsort
import torch
x = torch.tensor([3, 1, 3, 1])
a = x.argsort(stable=True)
b = x.argsort(dim=0, descending=True, stable=True)
