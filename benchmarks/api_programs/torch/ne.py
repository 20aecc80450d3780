# api: torch.ne
import torch
a = torch.tensor([1, 2, 3, 4])
b = torch.tensor([1, 0, 3, 0])
different = torch.ne(a, b)
not_one = torch.ne(a, 1)
float_ne = torch.ne(torch.tensor([0.5, 1.0]), 1.0)
