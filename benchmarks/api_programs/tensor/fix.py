# api: torch.Tensor.fix
import torch
x = torch.tensor([-2.7, -0.5, 0.0, 0.5, 3.9])
y = x.fix()
