# api: torch.Tensor.clamp_max
import torch
x = torch.tensor([-2.0, 0.5, 3.0])
y = x.clamp_max(1)
