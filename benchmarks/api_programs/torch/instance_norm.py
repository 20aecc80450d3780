# api: torch.instance_norm
import torch
x = torch.arange(16.).reshape(2, 2, 4)
weight = torch.tensor([1.0, 2.0])
bias = torch.tensor([0.0, 0.5])
y = torch.instance_norm(x, weight, bias, None, None, True, 0.1, 1e-5, False)
y_plain = torch.instance_norm(x, None, None, None, None, True, 0.1, 1e-5, False)
