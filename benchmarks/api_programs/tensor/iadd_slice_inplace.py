# api: torch.Tensor.__iadd__
import torch
x = torch.zeros(5)
x[1:3] += 1.
x[-1] -= 2.
x[::2] *= 3.
