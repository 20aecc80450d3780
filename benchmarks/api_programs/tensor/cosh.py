# api: torch.Tensor.cosh
import torch
x = torch.tensor([[0.0, 0.5], [-1.0, 2.0]])
res = x.cosh()
