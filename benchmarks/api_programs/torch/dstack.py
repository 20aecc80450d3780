# api: torch.dstack
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
pairs = torch.dstack((a, b))
c = torch.tensor([[1.0], [2.0]])
d = torch.tensor([[3.0], [4.0]])
stacked = torch.dstack([c, d])
