# api: torch.Tensor.double
import torch
x = torch.tensor([1, 2, 3])
d = x.double()
h = x.half().float()
dt = x.double().dtype
