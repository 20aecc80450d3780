# api: torch.Tensor.tolist
import torch
x = torch.tensor([0.1, 0.2])
l = x.tolist()
b = torch.tensor([True, False]).tolist()
s = torch.tensor(5).tolist()
