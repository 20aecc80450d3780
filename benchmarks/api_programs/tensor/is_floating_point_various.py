# api: torch.Tensor.is_floating_point
import torch
a = torch.ones(2, dtype=torch.float16).is_floating_point()
b = torch.arange(3).is_floating_point()
c = torch.tensor([True]).is_floating_point()
d = torch.is_floating_point(torch.ones(1, dtype=torch.float64))
e = (torch.arange(3) / 2).is_floating_point()
