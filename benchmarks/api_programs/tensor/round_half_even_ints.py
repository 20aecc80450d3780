# api: torch.Tensor.round
import torch
x = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5])
r = x.round()
