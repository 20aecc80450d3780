# api: torch.Tensor.ceil
import torch
x = torch.tensor([-1.5, -0.2, 0.0, 0.3, 2.0, 2.7])
y = x.ceil()
