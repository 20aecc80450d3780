# api: torch.hstack
import torch
a = torch.tensor([1, 2])
b = torch.tensor([3, 4, 5])
h = torch.hstack((a, b))
h2 = torch.hstack([torch.ones(2, 1), torch.zeros(2, 2)])
