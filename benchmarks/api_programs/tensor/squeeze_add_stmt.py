# api: torch.Tensor.squeeze
import torch
x = torch.zeros(1, 3)
x.squeeze().add_(1)
