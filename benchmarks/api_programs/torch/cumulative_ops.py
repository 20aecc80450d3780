# api: torch.cumsum
import torch
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
a = torch.cumsum(x, dim=1)
b = x.cumsum(0)
c = torch.cumprod(x.float(), 1)
d = torch.diff(x, dim=1)
e = torch.cummax(x, dim=1).values
f = torch.logcumsumexp(x.float(), 0)
g = x.cumsum(-1, dtype=torch.float32)
h = torch.tensor([True, False, True]).cumsum(0)
