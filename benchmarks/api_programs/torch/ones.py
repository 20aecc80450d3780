# api: torch.ones
import torch
grid = torch.ones(2, 3)
counts = torch.ones((4,), dtype=torch.int64)
flags = torch.ones(3, dtype=torch.bool)
scalar = torch.ones([])
batch = torch.ones(size=(2, 1, 2))
