# api: torch.Tensor.real
import torch
z = torch.tensor([1 + 2j, -3.5 + 0j])
re = z.real
r = torch.tensor([1.0, 2.0]).real
