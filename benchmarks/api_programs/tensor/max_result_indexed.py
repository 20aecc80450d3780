# api: torch.Tensor.max
import torch
x = torch.tensor([[1.0, 9.0, 3.0], [4.0, 2.0, 8.0]])
a = x.max(-1)[0]
b = x.max(-1)[1]
c = x.min(dim=0)[1]
