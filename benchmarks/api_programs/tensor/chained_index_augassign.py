# api: torch.Tensor.__iadd__
import torch
x = torch.zeros(2, 3)
x[1][2] += 4.
