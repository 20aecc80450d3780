# api: torch.Tensor.sum
import torch
xs = [torch.ones(2), torch.arange(3.0)]
a = list(map(torch.Tensor.sum, xs))
b = sorted([torch.tensor(3.0), torch.tensor(1.0)], key=torch.Tensor.item)
