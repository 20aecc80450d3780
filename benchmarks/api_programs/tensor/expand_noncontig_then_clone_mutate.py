# api: torch.Tensor.expand
import torch
x = torch.tensor([[1.], [2.]])
e = x.expand(2, 3).clone()
e[0, 0] = 9.
