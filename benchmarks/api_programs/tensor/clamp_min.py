# api: torch.Tensor.clamp_min
import torch
x = torch.tensor([-1.5, 0.0, 2.0, -0.1])
relu_like = x.clamp_min(0.0)
counts = torch.tensor([0, 3, -2]).clamp_min(1)
