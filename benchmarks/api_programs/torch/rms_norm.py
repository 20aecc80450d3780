# api: torch.rms_norm
import torch
x = torch.arange(1.0, 9.0).reshape(2, 4)
normed = torch.rms_norm(x, [4])
weight = torch.tensor([1.0, 0.5, 2.0, 1.0])
scaled = torch.rms_norm(x, (4,), weight, eps=1e-6)
whole = torch.rms_norm(x, x.shape)
