# api: torch.logical_or
import torch
a = torch.tensor([True, False, False])
b = torch.tensor([False, False, True])
either = torch.logical_or(a, b)
ints = torch.logical_or(torch.tensor([0, 2, 0]), torch.tensor([0, 0, 3]))
