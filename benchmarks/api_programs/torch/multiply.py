# api: torch.multiply
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([0.5, 2.0])
product = torch.multiply(a, b)
tripled = torch.multiply(a, 3)
ints = torch.multiply(torch.tensor([2, 3]), torch.tensor([4, 5]))
