# api: torch.broadcast_to
import torch
x = torch.tensor([1, 2, 3])
rows = torch.broadcast_to(x, (2, 3))
col = torch.tensor([[1.0], [2.0]])
grid = torch.broadcast_to(col, (2, 4))
batched = torch.broadcast_to(col, (3, 2, 2))
