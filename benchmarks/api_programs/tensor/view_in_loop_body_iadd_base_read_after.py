# api: torch.Tensor.__iadd__
import torch
out = torch.zeros(3, 2)
for i in range(3):
    row = out[i]
    row += i
