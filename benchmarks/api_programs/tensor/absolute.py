# api: torch.Tensor.absolute
import torch
x = torch.tensor([[-1.5, 2.0], [0.0, -3.25]])
out = x.absolute()
