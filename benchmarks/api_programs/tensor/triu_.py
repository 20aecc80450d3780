# api: torch.Tensor.triu_
import torch
m = torch.ones(3, 4)
m.triu_()
k = torch.arange(9.0).reshape(3, 3)
k.triu_(1)
