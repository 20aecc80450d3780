# api: torch.logical_not
import torch
mask = torch.tensor([True, False, True])
inverted = torch.logical_not(mask)
zeros_true = torch.logical_not(torch.tensor([0, 1, -3]))
float_out = torch.logical_not(torch.tensor([0.0, 2.0]), out=torch.empty(2, dtype=torch.float32))
