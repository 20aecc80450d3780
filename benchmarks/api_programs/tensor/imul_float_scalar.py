# api: torch.Tensor.__imul__
import torch
x = torch.ones(2, 3)
x *= 2.5
x -= 1
