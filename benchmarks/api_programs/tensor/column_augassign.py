# api: torch.Tensor.__iadd__
import torch
x = torch.zeros(3, 2)
x[:, 0] += 1
