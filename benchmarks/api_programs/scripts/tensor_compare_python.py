# api: torch.Tensor.__eq__
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([1, 0, 3])
eq = a == b
same = torch.equal(a, b)
n_eq = (a == b).sum().item()
any_gt = (a > 2).any().item()
is_in = 2 in a
ne = a != 2
