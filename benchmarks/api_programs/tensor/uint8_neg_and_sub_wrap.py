# api: torch.Tensor.__neg__
import torch
a = torch.tensor([0, 1, 200], dtype=torch.uint8)
n = -a
s = a - 5
