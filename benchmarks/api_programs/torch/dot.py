# api: torch.dot
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([2, 2, 2])
d = torch.dot(a, b)
