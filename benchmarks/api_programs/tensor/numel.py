# api: torch.Tensor.numel
import torch
x = torch.zeros(3, 0, 2)
count = x.numel()
