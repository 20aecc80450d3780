# api: torch.sum
import torch
x = torch.zeros(0, dtype=torch.int64)
s = x.sum()
t = torch.zeros(0, dtype=torch.int32).sum()
