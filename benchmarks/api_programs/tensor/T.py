# api: torch.Tensor.T
import torch
x = torch.arange(6).reshape(2, 3)
xt = x.T
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
sym = a + a.T
