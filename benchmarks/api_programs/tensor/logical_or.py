# api: torch.Tensor.logical_or
import torch
a = torch.tensor([True, False, False])
b = torch.tensor([False, False, True])
either = a.logical_or(b)
mixed = torch.tensor([0, 2, 0]).logical_or(torch.tensor([0.0, 0.0, 1.5]))
