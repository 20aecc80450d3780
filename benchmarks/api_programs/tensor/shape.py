# api: torch.Tensor.shape
import torch
x = torch.zeros(2, 3, 4)
s = x.shape
rows = x.shape[0]
last = x.shape[-1]
