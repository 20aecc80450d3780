# api: torch.Tensor.item
import torch
x = torch.tensor([1, 2, 3])
v = x.sum().item()
t = type(v).__name__
f = x.float().mean().item()
b = (x > 2).any().item()
