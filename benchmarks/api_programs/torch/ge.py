# api: torch.ge
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[1, 1], [4, 4]])
ge = torch.ge(a, b)
ge_scalar = torch.ge(a, 3)
ge_float = torch.ge(torch.tensor([0.1, 0.5, 0.9]), 0.5)
