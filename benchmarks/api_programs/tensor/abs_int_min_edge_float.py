# api: torch.Tensor.abs
import torch
x = torch.tensor([-2.5, float('-inf'), -0.0])
a = x.abs()
