# api: torch.tensor
import torch
x = torch.tensor([])
d = x.dtype
s = x.shape
y = torch.tensor([[]])
ys = y.shape
