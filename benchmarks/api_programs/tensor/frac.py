# api: torch.Tensor.frac
import torch
x = torch.tensor([1.25, -2.75, 3.0])
f = x.frac()
