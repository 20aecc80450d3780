# api: torch.Tensor.mean
import torch
x = torch.arange(12.).reshape(3, 4).t()
m = x.mean(dim=0)
