# api: torch.Tensor.get_device
import torch
x = torch.zeros(2, 2)
index = x.get_device()
