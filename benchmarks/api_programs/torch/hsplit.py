# api: torch.hsplit
import torch
t = torch.arange(16.).reshape(4, 4)
halves = torch.hsplit(t, 2)
parts = torch.hsplit(t, [1, 3])
vec_parts = torch.hsplit(torch.arange(6), 3)
