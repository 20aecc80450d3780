# api: torch.arange
import torch
a = torch.arange(5)
b = torch.arange(1, 4, 0.5)
c = torch.arange(0, 10, 3, dtype=torch.float32)
