# api: torch.Tensor.dim
import torch
s = torch.tensor(3.5)
d = s.dim()
n = s.ndim
shape = s.shape
size = s.size()
u = s.unsqueeze(0)
u2 = s.unsqueeze(-1)
t = torch.arange(6.).view(2, 3)
total = t.sum()
total_dim = total.dim()
