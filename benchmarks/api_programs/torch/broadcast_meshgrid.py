# api: torch.meshgrid
import torch
gx, gy = torch.meshgrid(torch.arange(3), torch.arange(2), indexing="ij")
hx, hy = torch.meshgrid(torch.arange(3), torch.arange(2), indexing="xy")
a = torch.broadcast_to(torch.tensor([1, 2]), (3, 2))
b, c = torch.broadcast_tensors(torch.ones(3, 1), torch.zeros(1, 4))
d = torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4, 5]))
e = torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4]))
f = torch.cross(torch.tensor([[1.0, 0.0, 0.0]]), torch.tensor([[0.0, 1.0, 0.0]]), dim=1)
g = torch.dot(torch.tensor([1, 2]), torch.tensor([3, 4]))
h = torch.cdist(torch.tensor([[0.0, 0.0], [1.0, 1.0]]), torch.tensor([[1.0, 0.0]]))
i = torch.atleast_2d(torch.tensor([1, 2]))
j = torch.block_diag(torch.ones(1, 1), torch.ones(2, 2))
