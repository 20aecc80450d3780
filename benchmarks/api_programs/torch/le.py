# api: torch.le
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([2.0, 2.0, 2.0])
le_tensor = torch.le(a, b)
le_scalar = torch.le(a, 2)
le_ints = torch.le(torch.tensor([[1, 5], [3, 3]]), torch.tensor([3, 4]))
