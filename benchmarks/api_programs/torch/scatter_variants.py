# api: torch.scatter
import torch
z = torch.zeros(3, 5)
idx = torch.tensor([[0, 1, 2], [4, 3, 2]])
src = torch.arange(1., 7.).view(2, 3)
a = z.scatter(1, idx, src)
b = torch.scatter(z, 0, torch.tensor([[0, 1, 2, 0, 1]]), 5.0)
c = z.scatter_add(1, idx, src)
onehot = torch.zeros(4, 3).scatter_(1, torch.tensor([[0], [2], [1], [2]]), 1)
