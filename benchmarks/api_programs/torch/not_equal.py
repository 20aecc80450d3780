# api: torch.not_equal
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([[1.0, 0.0], [3.0, 0.0]])
changed = torch.not_equal(a, b)
not_two = torch.not_equal(a, 2)
