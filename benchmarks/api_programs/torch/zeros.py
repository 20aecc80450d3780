# api: torch.zeros
import torch
z = torch.zeros(2, 3)
zi = torch.zeros((2,), dtype=torch.int64)
