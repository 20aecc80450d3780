# api: torch.inner
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([0.0, 2.0, 1.0])
dot = torch.inner(a, b)
m = torch.arange(6.).reshape(2, 3)
rows = torch.inner(m, a)
gram = torch.inner(m, m)
scaled = torch.inner(a, torch.tensor(2.0))
