# api: torch.Tensor.mean
import torch
x = torch.tensor([[1, 2], [3, 4]])
m = x.float().mean(dim=0)
s = x.sum(-1) / 2
