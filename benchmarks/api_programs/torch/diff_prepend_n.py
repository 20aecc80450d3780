# api: torch.diff
import torch
x = torch.tensor([1, 4, 9, 16])
a = torch.diff(x)
b = torch.diff(x, n=2)
c = torch.diff(x, prepend=torch.tensor([0]))
d = torch.diff(torch.tensor([[1.0, 2.0], [4.0, 8.0]]), dim=0)
e = torch.diff(x, append=torch.tensor([25, 36]))
