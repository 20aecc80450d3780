# api: torch.Tensor.__iadd__
import torch
a = b = torch.zeros(3)
a += 1
