# api: torch.Tensor.add_
import torch
x = torch.zeros(4)
x[[0, 2]].add_(1)
