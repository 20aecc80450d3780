# api: torch.Tensor.is_floating_point
import torch
f = torch.tensor([1.0]).is_floating_point()
i = torch.tensor([1]).is_floating_point()
d = torch.zeros(2, dtype=torch.float64).is_floating_point()
h = torch.zeros(2, dtype=torch.float16).is_floating_point()
b = torch.tensor([True]).is_floating_point()
