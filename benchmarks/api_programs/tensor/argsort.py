# api: torch.Tensor.argsort
import torch
x = torch.tensor([3.0, 1.0, 2.0])
order = x.argsort(descending=True)
