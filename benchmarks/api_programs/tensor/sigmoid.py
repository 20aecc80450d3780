# api: torch.Tensor.sigmoid
import torch
x = torch.tensor([-2.0, 0.0, 2.0])
y = x.sigmoid()
