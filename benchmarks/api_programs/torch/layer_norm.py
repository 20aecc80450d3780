# api: torch.layer_norm
import torch
x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
weight = torch.tensor([1.0, 0.5, 2.0, 1.0])
bias = torch.tensor([0.0, 0.1, 0.2, 0.3])
normed = torch.layer_norm(x, (4,))
affine = torch.layer_norm(x, [4], weight, bias, 1e-5)
