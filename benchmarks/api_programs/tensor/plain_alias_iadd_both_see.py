# api: torch.Tensor.__iadd__
import torch
x = torch.zeros(3)
y = x
y += 1
