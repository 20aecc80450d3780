# api: torch.std
import torch
x = torch.tensor([[2.0, 4.0, 4.0], [4.0, 5.0, 7.0]], dtype=torch.float64)
a = torch.std(x, 1, True)
b = torch.std(x, 0, False, True)
c = torch.var(x, (0, 1))
d = torch.var(x, dim=None, correction=2)
e = torch.std(x, dim=-1, correction=0, keepdim=True)
