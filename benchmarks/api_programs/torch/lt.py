# api: torch.lt
import torch
a = torch.tensor([[1.0, 5.0], [3.0, 2.0]])
b = torch.tensor([[2.0, 5.0], [1.0, 4.0]])
less_than = torch.lt(a, b)
below_three = torch.lt(a, 3)
int_cmp = torch.lt(torch.tensor([1, 2, 3]), 2.5)
