# api: torch.Tensor.lerp_
import torch
x = torch.zeros(4)
x[2:].lerp_(torch.ones(2), 0.5)
