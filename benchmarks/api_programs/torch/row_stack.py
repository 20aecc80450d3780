# api: torch.row_stack
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
stacked = torch.row_stack((a, b))
blocks = torch.row_stack([torch.zeros(1, 2), torch.ones(2, 2)])
