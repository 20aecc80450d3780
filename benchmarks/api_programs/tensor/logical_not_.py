# api: torch.Tensor.logical_not_
import torch
x = torch.tensor([1.0, 0.0, 3.5])
x.logical_not_()
