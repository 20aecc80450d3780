# api: torch.Tensor.reciprocal_
import torch
x = torch.tensor([0.25, 10.0, -2.0])
out = x.reciprocal_()
