# api: torch.greater_equal
import torch
a = torch.tensor([1.0, 2.5, 3.0])
b = torch.tensor([1.0, 2.0, 4.0])
ge = torch.greater_equal(a, b)
at_least = torch.greater_equal(torch.tensor([[1, 5], [3, 2]]), 3)
