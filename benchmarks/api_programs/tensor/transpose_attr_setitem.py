# api: torch.Tensor.T
import torch
x = torch.zeros(2, 3)
x.T[0] = 5.
