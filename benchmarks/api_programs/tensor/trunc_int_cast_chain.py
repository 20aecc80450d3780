# api: torch.Tensor.int
import torch
x = torch.tensor([2.9, -2.9])
a = x.int().float()
b = x.floor().int()
c = x.ceil().long()
d = x.round().to(torch.int8)
