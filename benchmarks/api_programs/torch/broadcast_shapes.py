# api: torch.broadcast_shapes
import torch
shape = torch.broadcast_shapes((2, 1), (1, 3))
shape3 = torch.broadcast_shapes((5, 1, 4), (4,), (1, 3, 1))
same = torch.broadcast_shapes(torch.Size([2, 3]), (3,))
