# api: torch.Tensor.squeeze
import torch
x = torch.zeros(1, 3, 1, 2)
a = x.squeeze(-2)
b = x.squeeze((0, 2))
c = x.squeeze(1)
d = x.squeeze()
