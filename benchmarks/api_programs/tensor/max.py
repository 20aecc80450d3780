# api: torch.Tensor.max
import torch
x = torch.tensor([[2.0, 7.0], [9.0, 1.0]])
top = x.max()
vals, idx = x.max(dim=0)
