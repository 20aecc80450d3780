# api: torch.cartesian_prod
import torch
a = torch.tensor([1, 2])
b = torch.tensor([3, 4, 5])
cp = torch.cartesian_prod(a, b)
cb = torch.combinations(torch.tensor([1, 2, 3, 4]), r=2)
cbr = torch.combinations(torch.tensor([1, 2, 3]), with_replacement=True)
