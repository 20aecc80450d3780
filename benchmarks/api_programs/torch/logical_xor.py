# api: torch.logical_xor
import torch
a = torch.tensor([True, False, True, False])
b = torch.tensor([True, True, False, False])
exclusive = torch.logical_xor(a, b)
mixed = torch.logical_xor(torch.tensor([0.0, 1.0, 2.0]), torch.tensor([0, 0, 5]))
