# api: torch.column_stack
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([[4, 5], [6, 7], [8, 9]])
c = torch.column_stack((a, b))
