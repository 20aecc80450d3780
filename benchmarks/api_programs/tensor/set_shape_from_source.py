# api: torch.Tensor.set_
import torch
a = torch.zeros(3)
a.set_(torch.ones(2, 2))
s = a.shape
