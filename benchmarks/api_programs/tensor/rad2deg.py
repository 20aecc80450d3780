# api: torch.Tensor.rad2deg
import torch
x = torch.tensor([3.141592653589793, 1.0, -0.5])
deg = x.rad2deg()
