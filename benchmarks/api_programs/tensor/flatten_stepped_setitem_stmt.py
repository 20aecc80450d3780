# api: torch.Tensor.flatten
import torch
x = torch.ones(2, 2)
x.flatten()[::2] = 0.
