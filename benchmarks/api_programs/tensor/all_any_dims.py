# api: torch.Tensor.all
import torch
x = torch.tensor([[True, False], [True, True]])
a = x.all(dim=1)
b = x.any(-1)
c = x.all()
d = torch.tensor([[1, 0], [2, 3]]).any(0)
