# api: torch.mm
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[0, 1], [1, 0]])
c = torch.mm(a, b)
