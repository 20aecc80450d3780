# api: torch.diff
import torch
x = torch.tensor([1, 3, 6, 10])
d = torch.diff(x)
d2 = torch.diff(x, n=2)
dp = torch.diff(x, prepend=torch.tensor([0]))
