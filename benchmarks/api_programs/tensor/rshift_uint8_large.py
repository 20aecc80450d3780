# api: torch.Tensor.__rshift__
import torch
u = torch.tensor([255, 128, 200], dtype=torch.uint8)
a = u >> 4
b = u << 1
c = (u >> 1).dtype
