# api: torch.Tensor.tolist
import torch
x = torch.tensor([[1, 2], [3, 4]])
l = x.tolist()
v = x[1, 0].item()
f = torch.tensor([2.5]).item()
