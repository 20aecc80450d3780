# api: torch.true_divide
import torch
a = torch.tensor([1, 2, 3, 7])
b = torch.tensor([2, 2, 2, 2])
ratio = torch.true_divide(a, b)
halves = torch.true_divide(a, 2)
floats = torch.true_divide(torch.tensor([1.0, -3.0]), torch.tensor([4.0, 2.0]))
