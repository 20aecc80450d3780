# api: torch.broadcast_tensors
import torch
a = torch.tensor([[1], [2]])
b = torch.tensor([10, 20, 30])
x, y = torch.broadcast_tensors(a, b)
shape = torch.broadcast_shapes((2, 1), (1, 3), (3,))
bt = torch.broadcast_to(b, (2, 3))
at = torch.atleast_2d(torch.tensor([1.0, 2.0]))
a3 = torch.atleast_3d(torch.tensor([1.0]))
