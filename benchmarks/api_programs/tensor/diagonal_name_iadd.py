# api: torch.Tensor.diagonal
import torch
x = torch.zeros(3, 3)
d = x.diagonal()
d += 2
