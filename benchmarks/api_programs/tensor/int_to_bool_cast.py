# api: torch.Tensor.bool
import torch
a = torch.tensor([0, -1, 2, 0])
b = a.bool()
c = a.to(torch.bool)
d = torch.tensor([0.0, 0.1, -0.0]).bool()
