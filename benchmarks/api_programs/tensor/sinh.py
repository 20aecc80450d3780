# api: torch.Tensor.sinh
import torch
x = torch.tensor([-1.0, 0.0, 2.0])
y = x.sinh()
