# api: torch.unique
import torch
x = torch.zeros(0, dtype=torch.int64)
u = torch.unique(x)
