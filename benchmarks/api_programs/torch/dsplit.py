# api: torch.dsplit
import torch
t = torch.arange(16.).reshape(2, 2, 4)
halves = torch.dsplit(t, 2)
pieces = torch.dsplit(t, [1, 3])
