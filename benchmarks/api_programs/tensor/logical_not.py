# api: torch.Tensor.logical_not
import torch
x = torch.tensor([0, 1, -2, 0])
inverted = x.logical_not()
flags = torch.tensor([True, False]).logical_not()
