# api: torch.Tensor.sin_
import torch
x = torch.linspace(0, 1, 5)
x.sin_()
